"""The header line of a Europresse article: "Politique, jeudi 5 octobre 2013, p. 03".

Its parts, told apart by their text: the section before the date, the date
(with its weekday), then comma-separated parts after it: the page
(``p. 03``), the word count (``523 mots``) and anything else.
"""

from __future__ import annotations

import datetime

import attrs
import regex

from newscore.toolkit import collapse
from newscore_europresse._dates import find_date, weekday_names

__all__ = ["Header", "read_header"]

_PAGE = regex.compile(r"(?i)(?:p|pp|page|s|seite)\.?+[ \t\u00a0]*+(?P<page>\S{1,20}+)")
_WORDS = regex.compile(
    r"(?i)(?P<count>[0-9][0-9 \u00a0\u202f.,']{0,12}+)[ \t\u00a0]*+"
    r"(?:mots|words|wörter|palabras|parole|woorden|palavras)"
)
_SEPARATORS = ", \t\u00a0;"


@attrs.frozen(kw_only=True)
class Header:
    """What a header says; ``None`` (or empty) where it says nothing."""

    section: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    page: str | None = None
    word_count: int | None = None
    rest: tuple[str, ...] = ()


def _without_weekday(before: str) -> str:
    words = before.rstrip(_SEPARATORS).rsplit(None, 1)
    if words and words[-1].casefold() in weekday_names():
        return words[0] if len(words) > 1 else ""
    return before


def read_header(text: str) -> Header:
    """Split a header's text (white space collapsed) into its parts."""
    text = collapse(text)
    found = find_date(text)
    if found is None:
        before, after, date, date_text = text, "", None, None
    else:
        before, after = _without_weekday(text[: found.start]), text[found.end :]
        date, date_text = found.date, text[found.start : found.end]
    section = before.strip(_SEPARATORS) or None
    page: str | None = None
    count: int | None = None
    rest: list[str] = []
    for part in (p.strip() for p in after.split(",")):
        if not part:
            continue
        if page is None and (page_match := _PAGE.fullmatch(part)) is not None:
            page = page_match.group("page")
        elif count is None and (words := _WORDS.fullmatch(part)) is not None:
            digits = "".join(c for c in words.group("count") if c.isdigit())
            count = int(digits) if digits else None
        else:
            rest.append(part)
    return Header(
        section=section,
        date=date,
        date_text=date_text,
        page=page,
        word_count=count,
        rest=tuple(rest),
    )
