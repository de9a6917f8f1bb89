"""Names as Factiva writes them: languages in any interface language, news agencies."""

from __future__ import annotations

from collections.abc import Mapping

import regex

__all__ = ["agency_kind", "language_code", "language_name"]

_AGENCY = regex.compile(
    r"(?i)(?<![\p{L}])(?>reuters?|associated[ ]press|ap|afp|agence[ ]france[- ]presse|dpa"
    r"|deutsche[ ]presse-agentur|bloomberg|dow[ ]jones[ ]newswires|xinhua|ansa|efe|kyodo"
    r"|tass|interfax|ukrinform|unian|anadolu|apa|sda|pap|ctk|belga|anp|press[ ]association"
    r"|news[ ]agency|agence|nachrichtenagentur)(?![\p{L}])"
)

_LANGUAGES: Mapping[str, str] = {
    "english": "en",
    "anglais": "en",
    "englisch": "en",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
    "französisch": "fr",
    "deutsch": "de",
    "german": "de",
    "allemand": "de",
    "español": "es",
    "espagnol": "es",
    "spanish": "es",
    "spanisch": "es",
    "italiano": "it",
    "italian": "it",
    "italien": "it",
    "italienisch": "it",
    "nederlands": "nl",
    "dutch": "nl",
    "português": "pt",
    "portuguese": "pt",
    "russian": "ru",
    "русский": "ru",
    "russe": "ru",
    "russisch": "ru",
    "ukrainian": "uk",
    "українська": "uk",
    "chinese": "zh",
    "japanese": "ja",
    "polish": "pl",
    "polski": "pl",
}


def language_code(value: str) -> str | None:
    """Return the ISO 639-1 code for a language as Factiva writes it.

    >>> language_code("Français"), language_code("EN"), language_code("Klingon")
    ('fr', 'en', None)
    """
    word = value.strip().lower()
    if len(word) == 2 and word.isalpha() and word.isascii():
        return word
    return _LANGUAGES.get(word)


def language_name(code: str) -> str:
    """Return the English name of an ISO 639-1 code, or the code upper-cased."""
    for name, iso in _LANGUAGES.items():
        if iso == code.lower() and name.isascii() and name.endswith(("ish", "ch", "an", "ese")):
            return name.capitalize()
    return code.upper()


def agency_kind(name: str) -> str:
    """Return ``"news agency"`` for Reuters, AP, AFP, dpa and the like, else ``"newspaper"``."""
    return "news agency" if _AGENCY.search(name) else "newspaper"
