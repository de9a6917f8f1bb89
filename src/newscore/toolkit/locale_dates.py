"""Dates written in an interface language, read with the CLDR data of Babel.

Press databases write dates in the language of the user's interface:
``3. März 2012``, ``samedi 3 mars 2012``, ``3 de marzo de 2012``,
``3 марта 2012 г.``, ``2012年3月3日``, ``2012년 3월 3일``. Nothing here is a
hand-made month table: for each locale the patterns are built from CLDR's own
date patterns (``full``, ``long`` and ``medium``, those that name the month or
write it with a word such as 年), and the words from its month names (wide and
abbreviated, format and stand-alone, so genitive forms too) and weekday names.
A weekday may also stand right after the date (``1 janvier 2014 mercredi``);
accented names are also found without their accents (``fevrier``).

Babel is an optional dependency (``pip install 'newscore[locales]'``), imported
on first use. Each locale's patterns are built once and cached (a bounded
cache). Every pattern uses possessive or bounded quantifiers and atomic word
lists, so matching runs in time linear in the text.

>>> found = match_locale_date("Samstag 3. März 2012, 9:50")
>>> found.date, found.locale, found.span
(datetime.date(2012, 3, 3), 'de', Span(start=0, end=20))
>>> search_locale_date("publié le 2012年3月3日").date
datetime.date(2012, 3, 3)
"""

from __future__ import annotations

import datetime
import functools
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from newscore.model import Span

__all__ = [
    "LOCALES",
    "MAX_DATE_CHARS",
    "LocaleDate",
    "date_patterns",
    "match_locale_date",
    "month_names",
    "search_locale_date",
    "weekday_names",
]

LOCALES: tuple[str, ...] = (
    "en",
    "fr",
    "de",
    "de_AT",
    "es",
    "it",
    "nl",
    "pt",
    "ru",
    "uk",
    "pl",
    "zh",
    "ja",
    "ko",
)
"""The locales read by default, in the order they are tried."""

MAX_DATE_CHARS = 160
"""The most characters a date can take, weekdays included (its words are bounded)."""

_CHUNK_CHARS = 4096
_ORDINALS: Mapping[str, str] = {"fr": "er", "en": "st|nd|rd|th"}
"""Ordinal endings a day number may take (``1er janvier``), by language."""

_SPACE = r"[\p{Zs}\t]"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_MONTH_NUMBER = r"(?P<mnum>1[0-2]|0?[1-9])(?![0-9])"
_YEAR = r"(?P<year>[0-9]{4})(?![0-9])"
_FIELD = regex.compile(
    r"'(?P<quoted>(?:[^']|'')*+)'|(?P<letter>[A-Za-z])(?P=letter)*+|(?P<other>.)"
)
_YEAR_PROBE = regex.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_CJK = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")


@attrs.frozen(kw_only=True)
class LocaleDate:
    """A date found in a text, and the locale whose words and patterns read it.

    :param date: the calendar date, or ``None`` when the numbers name no real day
        (``31 février 2011``).
    :param span: where the date is written, weekdays included.
    :param locale: the locale that read it (``"de"``, ``"zh"``...).
    """

    date: datetime.date | None
    span: Span
    locale: str


def _babel_locale(locale: str) -> object:
    try:
        from babel import Locale  # noqa: PLC0415 - Babel is optional, imported on use
    except ImportError as error:  # pragma: no cover - depends on the installation
        message = "reading dates in other languages needs Babel: pip install 'newscore[locales]'"
        raise ImportError(message) from error
    return Locale.parse(locale)


def _plain(word: str) -> str:
    """Casefold ``word`` and take off a final full stop."""
    return word.casefold().rstrip(".")


def _unaccented(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _names(table: object, *, count: int, first: int) -> dict[str, int]:
    """Read CLDR names (``{context: {width: {key: name}}}``) into ``{word: number}``."""
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = table[context][width]  # type: ignore[index]
            for key in range(first, first + count):
                name = names.get(key)
                if not name:
                    continue
                number = key - first + 1
                for form in (_plain(name), _plain(_unaccented(name))):
                    if form:
                        found.setdefault(form, number)
    return found


@functools.lru_cache(maxsize=64)
def month_names(locale: str) -> Mapping[str, int]:
    """Return the month names of ``locale`` (casefolded, without a final full stop).

    >>> month_names("pl")["marca"], month_names("pl")["marzec"], month_names("ru")["мар"]
    (3, 3, 3)
    """
    return _names(_babel_locale(locale).months, count=12, first=1)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=64)
def weekday_names(locale: str) -> Mapping[str, int]:
    """Return the weekday names of ``locale``, Monday being 1.

    >>> weekday_names("fr")["samedi"], weekday_names("de")["sa"]
    (6, 6)
    """
    return _names(_babel_locale(locale).days, count=7, first=0)  # type: ignore[attr-defined]


def _alternatives(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    body = "|".join(regex.escape(word) for word in ordered)
    # A word ends at a non-letter, unless it is written in ideographs or Hangul.
    ideograph = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]"
    return rf"(?>{body})(?:(?<={ideograph})|(?!\p{{L}}))\.?+"


def _gap(before: str, after: str) -> str:
    """Return the space allowed between ``before`` and ``after`` (either may be empty)."""
    if _CJK.search(before[-1:]) or _CJK.search(after[:1]):
        return rf"{_SPACE}{{0,3}}+"
    return rf"{_SPACE}{{1,3}}+"


def _field(letter: str, size: int, locale: str) -> tuple[str, bool] | None:
    """Return one pattern field's expression and whether it is a word; ``None`` if unread."""
    if letter == "d":
        ordinal = _ORDINALS.get(locale.split("_", maxsplit=1)[0])
        return (rf"{_DAY}(?:{ordinal})?+" if ordinal else _DAY), False
    if letter in "ML":
        if size >= 3:
            return f"(?P<month>{_alternatives(month_names(locale))})", True
        return _MONTH_NUMBER, False
    if letter == "y":
        return _YEAR, False
    if letter in "Ec":
        return f"(?:{_alternatives(weekday_names(locale))})", True
    return None  # eras, quarters...: not a form clippings use


def _translate(pattern: str, locale: str) -> str | None:
    """Turn a CLDR date pattern into a regular expression, or ``None`` if it has no words.

    Punctuation between fields may be left out; what follows the last field
    (``'г'.``) may be left out as a whole.
    """
    tokens = list(_FIELD.finditer(pattern))
    last_field = max((t.start() for t in tokens if t.group("letter")), default=-1)
    parts: list[str] = []
    tail: list[str] = []
    has_words = False
    pending_space = False
    last_text = ""
    for token in tokens:
        letter, quoted, other = token.group("letter"), token.group("quoted"), token.group("other")
        literal = (quoted if quoted is not None else other or "").replace("''", "'")
        if letter is None and not literal.strip():
            pending_space = True
            continue
        if letter is not None:
            field = _field(letter, len(token.group()), locale)
            if field is None:
                return None
            piece, is_word = field
            has_words = has_words or is_word
            text = "a" if is_word else "0"
        else:
            text = literal.strip()
            has_words = has_words or _CJK.search(text) is not None
            piece = regex.escape(text)
            if text[-1].isalpha() and not _CJK.search(text[-1]):
                piece += r"(?!\p{L})"
        gap = _gap(last_text, text) if (parts or tail) else ""
        if gap and not pending_space:
            gap = gap.replace("{1,3}", "{0,3}")
        if letter is None and not any(c.isalnum() for c in text):
            gap, piece = "", f"(?:{gap}{piece})?+"  # punctuation, with its space, may be left out
        (tail if token.start() > last_field else parts).extend((gap, piece))
        pending_space = False
        last_text = text
    if not has_words:
        return None
    return "".join(parts) + (f"(?:{''.join(tail)})?+" if tail else "")


@functools.lru_cache(maxsize=64)
def date_patterns(locale: str) -> Sequence[str]:
    """Return the regular expressions (as text) that read dates written in ``locale``.

    A weekday may stand before the date (with or without a comma) and after it.
    """
    from babel.dates import get_date_format  # noqa: PLC0415 - Babel is optional

    weekdays = _alternatives(weekday_names(locale))
    found: list[str] = []
    for length in ("long", "medium", "full"):
        translated = _translate(get_date_format(length, locale).pattern, locale)
        if translated is None or translated in found:
            continue
        found.append(translated)
    cjk = locale.split("_", maxsplit=1)[0] in {"zh", "ja", "ko"}
    space = rf"{_SPACE}{{0,3}}+" if cjk else rf"{_SPACE}{{1,3}}+"
    leading = rf"(?:(?:{weekdays}),?+{space})?+"
    trailing = rf"(?:,?+{space}(?:{weekdays}))?+"
    bracketed = rf"(?:{_SPACE}{{0,3}}+[(（](?:{weekdays})[)）])?+"
    return tuple(f"{leading}(?:{pattern}){trailing}{bracketed}" for pattern in found)


@functools.lru_cache(maxsize=32)
def _compiled(locale: str) -> regex.Pattern[str]:
    body = "|".join(f"(?:{pattern})" for pattern in date_patterns(locale))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})", regex.IGNORECASE | regex.V1)


def _date(found: regex.Match[str], locale: str) -> datetime.date | None:
    groups = found.groupdict()
    month_word = groups.get("month")
    if month_word is not None:
        month = month_names(locale).get(_plain(month_word))
        if month is None:
            month = month_names(locale).get(_plain(_unaccented(month_word)))
    else:
        month = int(groups.get("mnum") or 0)
    try:
        return datetime.date(int(found.group("year")), month or 0, int(found.group("day")))
    except ValueError:
        return None


def _best(candidates: Iterable[tuple[regex.Match[str], str]]) -> LocaleDate | None:
    best: tuple[regex.Match[str], str] | None = None
    for found, locale in candidates:
        if best is None or (found.start(), -found.end()) < (best[0].start(), -best[0].end()):
            best = (found, locale)
    if best is None:
        return None
    found, locale = best
    return LocaleDate(
        date=_date(found, locale), span=Span(start=found.start(), end=found.end()), locale=locale
    )


def match_locale_date(
    text: str, pos: int = 0, endpos: int | None = None, *, locales: Sequence[str] = LOCALES
) -> LocaleDate | None:
    """Read a date in one of ``locales`` that starts exactly at ``pos``.

    The longest reading wins; between readings of the same length, the first locale.

    :param text: the text to read.
    :param pos: where the date (or its weekday) must start.
    :param endpos: where the text is taken to end.
    :param locales: the locales to try (Babel locale identifiers).
    :returns: the date, or ``None`` when none starts at ``pos``.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    if _YEAR_PROBE.search(text, pos, min(end, pos + MAX_DATE_CHARS)) is None:
        return None  # every date has a year
    return _best(
        (found, locale)
        for locale in locales
        if (found := _compiled(locale).match(text, pos, end)) is not None
    )


def _regions(text: str, pos: int, end: int) -> Iterable[tuple[int, int]]:
    """Yield the stretches of ``text[pos:end]`` near a year, merged where they touch."""
    region: tuple[int, int] | None = None
    for year in _YEAR_PROBE.finditer(text, pos, end):
        start = max(pos, year.start() - MAX_DATE_CHARS)
        stop = min(end, year.end() + MAX_DATE_CHARS)
        if region is not None and start <= region[1]:
            region = (region[0], stop)
            continue
        if region is not None:
            yield region
        region = (start, stop)
    if region is not None:
        yield region


def search_locale_date(
    text: str, pos: int = 0, endpos: int | None = None, *, locales: Sequence[str] = LOCALES
) -> LocaleDate | None:
    """Find the first date in ``text[pos:endpos]`` written in one of ``locales``.

    Only the stretches around a four-digit year are searched, since every date
    has one, and a date is at most :data:`MAX_DATE_CHARS` long.

    :returns: the date that starts first (the longest of those), or ``None``.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    for start, stop in _regions(text, pos, end):
        # In chunks, so that a locale without a date here does not read the whole region.
        for chunk in range(start, stop, _CHUNK_CHARS):
            limit = chunk + _CHUNK_CHARS
            reach = min(stop, limit + MAX_DATE_CHARS)
            found = _best(
                (found, locale)
                for locale in locales
                if (found := _compiled(locale).search(text, chunk, reach)) is not None
                and found.start() < limit
            )
            if found is not None:
                return found
    return None
