"""Tell the language of a clipping: English, Ukrainian or Russian.

A cheap, dependency-free guess from the alphabet, good enough to choose
extractors: text mostly in Cyrillic is Ukrainian when it uses letters only
Ukrainian has (і, ї, є, ґ) more than letters only Russian has (ы, э, ъ, ё),
Russian otherwise; text mostly in Latin letters is English.
"""

from __future__ import annotations

import regex

__all__ = ["detect_language"]

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_UKRAINIAN = regex.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = regex.compile(r"[ыэъёЫЭЪЁ]")
_SAMPLE = 20_000


def detect_language(text: str) -> str | None:
    """Return ``"en"``, ``"uk"``, ``"ru"``, or ``None`` when there are too few letters.

    >>> detect_language("Київський міський голова заявив")
    'uk'
    >>> detect_language("The minister said so.")
    'en'
    """
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic + latin < 3:
        return None
    if cyrillic > latin:
        ukrainian = len(_UKRAINIAN.findall(sample))
        russian = len(_RUSSIAN.findall(sample))
        return "uk" if ukrainian > russian else "ru"
    return "en"
