"""Language packs: the words and rules of attribution, one pack per language.

``PACKS`` holds the built-in packs by language code; :func:`pack_for` picks
one for an article's language. A plugin builds its own
:class:`~newscore.extract.packs.pack.LanguagePack` and hands it to
:func:`newscore.extract.make_extractor`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newscore.extract.packs.de import GERMAN
from newscore.extract.packs.en import ENGLISH
from newscore.extract.packs.morphology import Morphology, StemMorphology
from newscore.extract.packs.pack import LanguagePack, PronounInfo
from newscore.extract.packs.ru import RUSSIAN
from newscore.extract.packs.uk import UKRAINIAN

__all__ = [
    "ENGLISH",
    "GERMAN",
    "PACKS",
    "RUSSIAN",
    "UKRAINIAN",
    "LanguagePack",
    "Morphology",
    "PronounInfo",
    "StemMorphology",
    "pack_for",
]

PACKS: Mapping[str, LanguagePack] = MappingProxyType(
    {pack.language: pack for pack in (ENGLISH, UKRAINIAN, RUSSIAN, GERMAN)}
)
"""The built-in packs by language code."""


def pack_for(language: str | None) -> LanguagePack:
    """Return the built-in pack for ``language``; English when there is none."""
    return PACKS.get(language or "", ENGLISH)
