"""Tell the language of a clipping: English, Ukrainian or Russian.

A cheap, dependency-free guess from the alphabet, good enough to choose
extractors: text mostly in Cyrillic is Ukrainian when it uses letters only
Ukrainian has (і, ї, є, ґ) more than letters only Russian has (ы, э, ъ, ё),
Russian otherwise; text mostly in Latin letters is English.
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_SAMPLE = 800
_LETTERS_SAMPLE = 3_000
# Simple character classes: the standard library's engine counts them fastest.
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.DOTALL)
_UKRAINIAN_WORDS = frozenset("що за словами його також заявив заявила повідомив як та до".split())
_RUSSIAN_WORDS = frozenset("что по словам его также заявил заявила сообщил как и до".split())


def detect_language(text: str) -> str | None:
    """Return ``"en"``, ``"uk"``, ``"ru"``, or ``None`` when there are too few letters.

    Only the first 800 characters decide the alphabet, and the first 3,000
    Ukrainian against Russian.

    >>> detect_language("Київський міський голова заявив")
    'uk'
    >>> detect_language("The minister said so.")
    'en'
    """
    sample = text[:_SAMPLE]
    if _THREE_LETTERS.search(sample) is None:
        return None
    # Cyrillic letters take two bytes in UTF-8 and Latin ones one: counting bytes is the
    # cheapest way to tell which alphabet dominates (this runs on every article).
    extra_bytes = len(sample.encode("utf-8", "surrogatepass")) - len(sample)
    if extra_bytes * 2 > len(sample) and _CYRILLIC.search(sample) is not None:
        letters = text[:_LETTERS_SAMPLE]
        ukrainian = sum(letters.count(letter) for letter in "іїєґІЇЄҐ")
        russian = sum(letters.count(letter) for letter in "ыэъёЫЭЪЁ")
        if ukrainian == russian:  # no telling letters: common words decide
            words = set(letters.lower().split())
            ukrainian, russian = len(words & _UKRAINIAN_WORDS), len(words & _RUSSIAN_WORDS)
        return "uk" if ukrainian > russian else "ru"
    return "en"
