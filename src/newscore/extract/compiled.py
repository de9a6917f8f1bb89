"""Patterns and word sets derived from a language pack, built once per pack.

The engine's regular expressions that hold words are built here from the
pack's fields, so that the engine itself holds none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs
import regex

if TYPE_CHECKING:
    from newscore.extract.packs.pack import LanguagePack

__all__ = ["Compiled", "compiled"]

_NEVER = r"(?!)"
_GAP = r"[ \t\u00a0]++"


def _alternatives(phrases: Iterable[str], gap: str = _GAP) -> str:
    """One alternation of phrases, longest first, each space matching white space."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    parts = [gap.join(regex.escape(word) for word in phrase.split()) for phrase in ordered]
    return "|".join(part for part in parts if part) or _NEVER


@attrs.frozen(kw_only=True)
class Compiled:
    """What the engine derives from one pack (see :func:`compiled`)."""

    pack: LanguagePack
    reporting_words: frozenset[str]
    head_titles: frozenset[str]
    joiners: frozenset[str]
    personal_pronouns: frozenset[str]
    other_pronouns: frozenset[str]
    all_pronouns: frozenset[str]
    personal_possessives: frozenset[str]
    other_possessives: frozenset[str]
    according_lead_pronoun: str
    leading: regex.Pattern[str]
    according: regex.Pattern[str] | None
    citing_inside: regex.Pattern[str]
    citing_after: regex.Pattern[str]
    citing_first: frozenset[str]
    relative_before: regex.Pattern[str]
    hearer_relative: regex.Pattern[str]
    data_words: regex.Pattern[str]
    owned_data: regex.Pattern[str]
    noun_like_follower: regex.Pattern[str]
    prefixed_name: regex.Pattern[str]
    patronymic: regex.Pattern[str]
    demonym: regex.Pattern[str]
    next_predicate: regex.Pattern[str]
    appositive: regex.Pattern[str]
    inner_connectors: str
    abbreviation: regex.Pattern[str]
    ordinal: regex.Pattern[str] | None
    name_inner: frozenset[str]
    acronym_joiners: str
    named_before: dict[str, regex.Pattern[str]] = attrs.field(factory=dict)
    spelled: dict[str, regex.Pattern[str]] = attrs.field(factory=dict)


def _build(pack: LanguagePack) -> Compiled:
    that = _alternatives(pack.that)
    according = (
        regex.compile(
            r"(?i)(?<![\p{L}\p{N}])(?:"
            + _alternatives(pack.according_to, r"\s++")
            + r")(?![\p{L}\p{N}])"
        )
        if pack.according_to
        else None
    )
    personal = frozenset(word for word, info in pack.pronouns.items() if info.personal)
    others = frozenset(pack.pronouns) - personal
    personal_possessives = frozenset(
        word for word, info in pack.possessives.items() if info.personal
    )
    articles = _alternatives(pack.articles)
    data_nouns = _alternatives(pack.data_nouns)
    suffixes = "|".join(regex.escape(s) for s in pack.possessive_suffixes if s[-1:].isalpha())
    owned = (
        r"(?i)(?:(?:" + articles + r")" + _GAP + r")?+"
        r"(?P<owner>[^\s,'’]{1,40}+(?:[ \t\u00a0]++[^\s,'’]{1,40}+){0,4}?)"
        r"(?:" + suffixes + r")" + _GAP + r"(?:\p{Ll}++[ \t\u00a0]++){0,2}?"
        r"(?:" + data_nouns + r")(?![\p{L}])"
        if suffixes
        else _NEVER
    )
    return Compiled(
        pack=pack,
        reporting_words=pack.cues | pack.participles,
        head_titles=pack.titles - pack.qualifier_titles,
        joiners=pack.name_particles | pack.name_connectors,
        personal_pronouns=personal,
        other_pronouns=others,
        all_pronouns=frozenset(pack.pronouns),
        personal_possessives=personal_possessives,
        other_possessives=frozenset(pack.possessives) - personal_possessives,
        according_lead_pronoun=min(personal) if personal else "",
        leading=regex.compile(
            r"(?i)[\s\u00a0,.;:—–\-]*+(?:(?:" + that + r")(?![\p{L}])[\s\u00a0]*+)?+"
        ),
        according=according,
        citing_inside=regex.compile(
            r"(?i)(?:\G|(?<![ \t\u00a0]))[ \t\u00a0]++(?:"
            + _alternatives(pack.citing)
            + r")[ \t\u00a0]++"
        ),
        citing_after=regex.compile(
            r",\s*+(?:" + _alternatives(pack.citing_clause, r"\s++") + r")\s[^,]{1,120}+,"
        ),
        citing_first=frozenset(phrase.split()[0] for phrase in pack.citing if phrase),
        relative_before=regex.compile(
            r"(?<![\p{L}])(?:" + _alternatives(pack.relatives) + r")[ \t\u00a0]++$"
        ),
        hearer_relative=regex.compile(
            r"[ \t\u00a0]++(?P<hearer>[^,\n]{1,60}+),[ \t\u00a0]*+(?:"
            + _alternatives(pack.relatives - pack.that)
            + r")\b[^,\n]{1,200}+,[ \t\u00a0]*+(?:"
            + that
            + r")\b"
        ),
        data_words=regex.compile(
            r"(?i)(?:(?:"
            + articles
            + r")\s++)?(?:(?:"
            + _alternatives(pack.data_modifiers)
            + r")\s++)?(?:"
            + data_nouns
            + r")\s++(?:"
            + _alternatives(pack.data_links, r"\s++")
            + r")\s++"
        ),
        owned_data=regex.compile(owned),
        noun_like_follower=regex.compile(r"\s*+(?:(?:" + that + r")\b|:|[\"“«])"),
        prefixed_name=regex.compile(r"(?:" + _alternatives(pack.name_prefixes) + r")-\p{Lu}"),
        patronymic=regex.compile(r"(?:" + _alternatives(pack.patronymic_suffixes) + r")$"),
        demonym=regex.compile(r"(?:" + _alternatives(pack.demonym_suffixes) + r")$"),
        next_predicate=regex.compile(
            r"(?:,|\G|(?<![ \t\u00a0]))[ \t\u00a0]++(?:"
            + _alternatives(pack.predicate_coordinators)
            + r")[ \t\u00a0]++(?:(?:"
            + _alternatives(pack.predicate_adverbs)
            + r")[ \t\u00a0]++)?+\p{Ll}++(?<="
            + ("|".join(regex.escape(s) for s in pack.past_suffixes) or _NEVER)
            + r")\b"
        ),
        name_inner=pack.role_joiners | pack.name_particles,
        abbreviation=regex.compile(
            r"(?i)(?:\b(?:" + _alternatives(pack.abbreviations, r"\.\s?") + r")|\b\p{Lu})\.$"
        ),
        ordinal=regex.compile(
            r"(?i)\.[ \t\u00a0]++(?:" + _alternatives(pack.ordinal_before) + r")(?![\p{L}])"
        )
        if pack.ordinal_before
        else None,
        inner_connectors=_alternatives(pack.name_connectors - pack.articles),
        acronym_joiners=_alternatives(pack.acronym_joiners),
        appositive=regex.compile(
            r",[ \t\u00a0]++(?P<role>(?:" + articles + r")[ \t\u00a0][^,.;]{1,80}+)"
        ),
    )


# Keyed by identity (hashing a pack's word sets on every article is slow); the pack is
# kept in the value so that its id cannot be reused while cached.
_CACHE: dict[int, Compiled] = {}


def compiled(pack: LanguagePack) -> Compiled:
    """Return what the engine derives from ``pack``, built once per pack."""
    found = _CACHE.get(id(pack))
    if found is None or found.pack is not pack:
        found = _build(pack)
        _CACHE[id(pack)] = found
    return found
