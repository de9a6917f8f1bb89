"""What a language pack is: the words, flags and morphology of attribution in one language.

A :class:`LanguagePack` is plain data. The engine (:mod:`newscore.extract.statements`,
its frames and its entity tracker) holds no words and no language names: every word
it looks for, every language-specific choice it makes, is a field here. A plugin adds
a language by building one pack (and, where the language needs it, a frame) and
handing it to :func:`newscore.extract.make_extractor`.

All words are lower case. Word sets are :class:`frozenset`; phrases are tuples of
strings with single spaces (matched across any white space).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, TypeAlias

import attrs

from newscore.extract.packs.morphology import Morphology

if TYPE_CHECKING:
    from newscore.extract.frames import Frame

__all__ = [
    "Gender",
    "LanguagePack",
    "Number",
    "PronounInfo",
    "forms",
    "pronouns",
    "words",
]

Gender: TypeAlias = Literal["masculine", "feminine", "neuter"]
"""The grammatical gender of a pronoun or a mention."""

Number: TypeAlias = Literal["singular", "plural"]
"""The grammatical number of a pronoun or a mention."""


@attrs.frozen(kw_only=True)
class PronounInfo:
    """What a pronoun (or possessive) agrees with.

    :param gender: ``masculine`` and ``feminine`` refer to people; ``neuter``
        (and ``None`` for a plural) to organisations and groups.
    :param number: ``singular`` or ``plural``.
    """

    gender: Gender | None = None
    number: Number = "singular"

    @property
    def personal(self) -> bool:
        """Whether the pronoun refers to one person ("he", "she", "вона")."""
        return self.gender in {"masculine", "feminine"} and self.number == "singular"


def words(text: str) -> frozenset[str]:
    """Return a word set from a space-separated string (a helper for writing packs)."""
    return frozenset(text.split())


def forms(stems: Iterable[str], endings: Iterable[str]) -> frozenset[str]:
    """Every ``stem + ending`` (a helper for inflected cues: ``заяви`` + ``в``, ``ла``)."""
    endings = tuple(endings)
    return frozenset(stem + ending for stem in stems for ending in endings)


def pronouns(**by_word: tuple[Gender | None, Number]) -> Mapping[str, PronounInfo]:
    """Return a read-only pronoun table: ``pronouns(he=("masculine", "singular"), ...)``."""
    return MappingProxyType(
        {
            word: PronounInfo(gender=gender, number=number)
            for word, (gender, number) in by_word.items()
        }
    )


def _standard_frames() -> tuple[Frame, ...]:
    # Imported here: the frames read packs, and a pack's default needs the frames.
    from newscore.extract.frames import STANDARD_FRAMES  # noqa: PLC0415

    return STANDARD_FRAMES


_EMPTY: Mapping[str, frozenset[str]] = MappingProxyType({})


@attrs.frozen(kw_only=True, eq=False)
class LanguagePack:
    """The attribution vocabulary and rules of one language (all words lower case).

    Packs compare and hash by identity. Fields left out are empty: a pack
    for a new language only fills what it has.

    **Cues**

    :param language: ISO 639-1 code.
    :param cues: finite reporting verbs ("said", "заявив", "sagte").
    :param participles: reporting participles that continue a sentence
        (", adding that ...", "saying").
    :param plural_cues: impersonal plural cues whose speaker stands in a
        locative phrase before them ("в «Нафтогазі» попередили").
    :param objects_of_telling: cues whose hearer follows them ("told X that").
    :param object_cues: cues whose content is their object, not a clause
        ("accused X of ..."): a predicate coordinated after it ("and thanked
        China") is narration.
    :param noun_like_cues: cue forms that are also plural nouns ("states",
        "reports"): cues only when a complementiser, a colon or a quotation follows.
    :param predicate_coordinators: conjunctions that open a second predicate
        after an object cue ("and").
    :param predicate_adverbs: adverbs that may follow them ("also").
    :param past_suffixes: endings of past-tense verbs ("ed"), which tell a
        predicate after an object cue.
    :param cue_particles: cues that speak only with a particle right after
        them, with the particles ("called" -> "on", "for"; "pointed" -> "out").
    :param separable_particles: cues whose particle stands at the end of the
        clause, with the particles (German "fügte" -> "hinzu", "teilte" ->
        "mit"); the content then ends before the particle.
    :param cue_frames: for cues that take only some frames, the names of those
        frames (``{"wrote": ("speaker-cue-content",)}``); a cue not listed takes all.
    :param according_to: phrases that introduce a speaker before or after the
        content ("according to", "за словами").
    :param according_after: according-to words that follow their speaker
        (German "X zufolge, ..."): the content is the rest of the sentence.
    :param according_trailing: words ending an according-to phrase that are
        not part of the speaker ("словами" in "За словами Кличка" read the other way).
    :param as_words: words that, alone before a cue, make an "as reported"
        frame ("as", "як", "как").
    :param negations: words that, right before a cue, cancel it ("did not say").
    :param negations_after: how many words after a cue a negation may stand,
        closing the clause, to cancel it ("sagte er nicht", "äußerte sich nicht");
        0 where negations only come before.
    :param passive: auxiliaries that make a cue passive ("was reported").
    :param auxiliaries: words that may stand between speaker and cue.
    :param that: complementisers dropped from the start of content.
    :param final_auxiliaries: auxiliaries after which a cue stands at the end
        of its clause, its content between them ("hat ... gewarnt").
    :param verb_second: whether a cue may come before its subject in a
        main clause ("Am Montag sagte Merz, ..."): the speaker is then read
        right after the cue.

    **Sources cited on the way**

    :param citing: phrases that cite a source inside a speaker phrase
        ("citing", "со ссылкой на").
    :param citing_clause: phrases that open a cited-source clause after a cue
        (", citing officials,", ", посилаючись на ...,").
    :param data_nouns: nouns of published data ("figures", "report"): "according
        to figures from X" names X.
    :param data_modifiers: adjectives before data nouns ("latest", "official").
    :param data_links: words linking data to its owner ("from", "by", "published by").
    :param possessive_suffixes: endings that make a possessive ("'s", "’s"),
        longest first; empty where the language has none.

    **Speakers**

    :param pronouns: personal and organisation pronouns, with gender and number.
    :param possessives: possessive pronouns ("за його словами"), with gender and number.
    :param object_pronouns: object forms that refer to the last person ("according to him").
    :param roles: nouns for people by role ("spokesman", "мер").
    :param gendered_roles: role nouns that tell a person's gender ("spokeswoman": feminine).
    :param role_synonyms: role nouns that refer to the same person
        ("minister" -> "secretary").
    :param titles: words of a title before a name ("prime", "minister", "dr").
    :param qualifier_titles: title words that only qualify another ("foreign",
        "prime"); the others head a role.
    :param gendered_titles: titles that tell a person's gender ("mrs": feminine).
    :param organisations: nouns heading organisation names ("ministry").
    :param anonymous: nouns of anonymous sources ("sources", "diplomats").
    :param groups: nouns of groups that speak for an organisation named
        after them ("analysts at X").
    :param indefinites: words that make a phrase indefinite ("a", "two", "senior").
    :param determiners: determiners dropped before a name or role ("the", "this").
    :param articles: the articles ("the", "a", "an"), which open an appositive role.
    :param name_particles: lower-case words inside personal names ("von").
    :param name_connectors: lower-case words inside organisation names ("of", "for").
    :param role_joiners: words that join two parts of a role or a name
        ("for", "of", "and": "High Commissioner for Refugees").
    :param affiliations: prepositions linking a person to an organisation
        ("of", "at", "from": "Tomas Lindgren of Lund University").
    :param prepositions: prepositions that end a head noun ("a spokesperson for ...").
    :param not_names: capitalised words that are never names (days, months, "But").
    :param name_prefixes: lower-case prefixes of names written with a hyphen ("al", "bin").
    :param demonym_suffixes: endings of nationality words ("the Ukrainian").
    :param plural_suffixes: endings of plural nouns ("sources", "джерела").
    :param patronymic_suffixes: endings of patronymics ("ович", "івна"): a third name.
    :param feminine_suffixes: endings of feminine surnames ("ова", "ська").
    :param longest_name: how many names a personal name has at most
        ("Anna Maria Berg"; two in Ukrainian and Russian, where a capitalised
        word before them is a genitive).
    :param head_first: whether a role phrase's head noun comes first, with its
        modifiers after it ("Президент асоціації").
    :param locative_prepositions: prepositions of an impersonal speaker body
        ("в «Нафтогазі» попередили"); empty where the language has no such frame.
    :param acronym_joiners: small words skipped when an acronym is spelled out
        ("of", "for", "з").
    :param morphology: how words inflect (:class:`~newscore.extract.packs.morphology.Morphology`).

    **Phrase bounds**

    :param clause_words: words that end a speaker phrase on its left.
    :param boundary_prepositions: prepositions that end a speaker phrase on its left.
    :param boundary_exceptions: for a boundary word, the words before it that
        make it part of the phrase ("familiar with").
    :param relatives: relative pronouns ("who", "which", "який").
    :param coordinators: conjunctions that coordinate a second cue ("and said").
    :param conjunctions: conjunctions opening a sentence before its subject ("But he ...").
    :param parenthetical: first words of a parenthetical clause between speaker
        and cue ("which", "speaking").
    :param sentence_adverbs: words opening a sentence before its subject ("earlier").
    :param verbish: auxiliary verbs that end a subject ("has", "was").
    :param adverbial_starts: words that open an adverbial between a cue and
        its content ("on", "during", "yesterday").
    :param time_words: bare time words that stand between a cue and its content.
    :param networks: names of social networks ("said on Telegram").
    :param hearers: words that open a hearer after a "told" cue ("reporters", "the").
    :param hearers_alone: hearers that are a whole phrase by themselves ("reporters", "him").
    :param adverbial_before_comma: whether hearers and adverbials may stand
        between a cue and a comma that opens the content without a complementiser
        ("sagte am Montag vor Journalisten, der Schritt sei ...").
    :param track_subjects: whether a person named as the subject of a sentence
        that reports nothing ("Gerlach widersprach.") is noted, so that a later
        pronoun or role ("Sie erklärte", "die CSU-Politikerin") may refer to them.
    :param hearer_before_comma: whether a hearer may stand between a cue and a
        comma before the complementiser ("рассказал РИА Новости, что ...").

    **Frames**

    :param abbreviations: abbreviations written with a full stop, which end no
        sentence ("mr", "u.s", "млн"; an inner dot may be followed by a space:
        "т. е" is written "т е").
    :param ordinal_before: words before which a number with a full stop is an
        ordinal, which ends no sentence ("3. März", "2. Liga").
    :param quote_pairs: opening quotation marks of the language beyond the
        common ones, with their closing marks (German ``{"»": "«"}``).
    :param plain_noun_sources: whether a speaker phrase of common nouns with
        no name ("the campaign", "a new poll", "64 percent") is a source, kept
        as written.
    :param trailing_marks: further marks cut from the end of a content, beyond
        the closing quotation marks every language shares (English ``“``, which
        a writer may turn the wrong way to close a quotation).
    :param frames: the frames tried for each cue, in order (default:
        :data:`newscore.extract.frames.STANDARD_FRAMES`).
    """

    language: str
    # cues
    cues: frozenset[str]
    participles: frozenset[str] = frozenset()
    plural_cues: frozenset[str] = frozenset()
    objects_of_telling: frozenset[str] = frozenset()
    object_cues: frozenset[str] = frozenset()
    noun_like_cues: frozenset[str] = frozenset()
    predicate_coordinators: frozenset[str] = frozenset()
    predicate_adverbs: frozenset[str] = frozenset()
    past_suffixes: tuple[str, ...] = ()
    cue_particles: Mapping[str, frozenset[str]] = _EMPTY
    separable_particles: Mapping[str, frozenset[str]] = _EMPTY
    cue_frames: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    according_to: tuple[str, ...] = ()
    according_after: frozenset[str] = frozenset()
    according_trailing: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    negations_after: int = 0
    passive: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    that: frozenset[str] = frozenset()
    final_auxiliaries: frozenset[str] = frozenset()
    verb_second: bool = False
    # sources cited on the way
    citing: tuple[str, ...] = ()
    citing_clause: tuple[str, ...] = ()
    data_nouns: frozenset[str] = frozenset()
    data_modifiers: frozenset[str] = frozenset()
    data_links: tuple[str, ...] = ()
    possessive_suffixes: tuple[str, ...] = ()
    # speakers
    pronouns: Mapping[str, PronounInfo] = MappingProxyType({})
    possessives: Mapping[str, PronounInfo] = MappingProxyType({})
    object_pronouns: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    gendered_roles: Mapping[str, Gender] = MappingProxyType({})
    role_synonyms: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    titles: frozenset[str] = frozenset()
    qualifier_titles: frozenset[str] = frozenset()
    gendered_titles: Mapping[str, Gender] = MappingProxyType({})
    organisations: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    role_joiners: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    demonym_suffixes: tuple[str, ...] = ()
    plural_suffixes: tuple[str, ...] = ()
    patronymic_suffixes: tuple[str, ...] = ()
    feminine_suffixes: tuple[str, ...] = ()
    longest_name: int = 3
    head_first: bool = False
    locative_prepositions: frozenset[str] = frozenset()
    acronym_joiners: frozenset[str] = frozenset()
    morphology: Morphology = attrs.field(factory=Morphology)
    # phrase bounds
    clause_words: frozenset[str] = frozenset()
    boundary_prepositions: frozenset[str] = frozenset()
    boundary_exceptions: Mapping[str, frozenset[str]] = _EMPTY
    relatives: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    parenthetical: frozenset[str] = frozenset()
    sentence_adverbs: frozenset[str] = frozenset()
    verbish: frozenset[str] = frozenset()
    adverbial_starts: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    networks: frozenset[str] = frozenset()
    hearers: frozenset[str] = frozenset()
    hearers_alone: frozenset[str] = frozenset()
    hearer_before_comma: bool = False
    adverbial_before_comma: bool = False
    track_subjects: bool = False
    abbreviations: frozenset[str] = frozenset()
    ordinal_before: frozenset[str] = frozenset()
    quote_pairs: Mapping[str, str] = MappingProxyType({})
    trailing_marks: str = ""
    plain_noun_sources: bool = False
    # frames
    frames: tuple[Frame, ...] = attrs.field(factory=_standard_frames)

    @property
    def reporting_words(self) -> frozenset[str]:
        """Every word that may be a cue: finite cues and participles."""
        return self.cues | self.participles

    @property
    def head_titles(self) -> frozenset[str]:
        """Title words that head a role ("minister"), not only qualify one ("foreign")."""
        return self.titles - self.qualifier_titles

    def personal_pronoun(self, word: str) -> bool:
        """Whether ``word`` is a pronoun for one person ("he", "вона")."""
        info = self.pronouns.get(word)
        return info is not None and info.personal
