"""Who a speaker phrase names, and whom a later mention refers to.

:func:`read_mention` turns the phrase before a reporting verb ("Russian
leader Vladimir Putin", "The company", "He", "two sources familiar with the
negotiations") into a :class:`Mention`. The entity tracker
(:mod:`newscore.extract.entities`) then resolves surnames, pronouns, roles and
acronyms to the entities of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

import attrs
import regex

from newscore.extract.compiled import compiled
from newscore.extract.sources import KNOWN_OUTLETS
from newscore.model import Span

if TYPE_CHECKING:
    from newscore.extract.packs.pack import LanguagePack

__all__ = [
    "Mention",
    "MentionKind",
    "is_organisation_noun",
    "read_mention",
]

MentionKind: TypeAlias = Literal[
    "person", "organisation", "anonymous", "pronoun", "description", "name"
]
"""What a speaker phrase is: a named person or organisation, an anonymous
source, a pronoun, a description by role ("the spokesman"), or a bare name
whose kind cannot be told ("Poland", "Putin")."""

_QUOTES = "\"“”«»„'’‘"


def _capitalised(word: str, pack: LanguagePack) -> bool:
    """Tell whether a word is written as a name ("Putin", "al-Bunni", not "Monday")."""
    if word[:1].isupper():
        return word.lower() not in pack.not_names
    return compiled(pack).prefixed_name.match(word) is not None


_WRAPPED = regex.compile(r"\s\s|[\t\r\n\u00a0]")


def _one_line(text: str | None) -> str | None:
    """Fold white space: a name may be wrapped over two lines in hard-wrapped copy."""
    return " ".join(text.split()) if text is not None else None


def _is_modifier(word: str) -> bool:
    """Tell whether a capitalised compound describes rather than names ("Kyiv-based")."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


def _is_acronym(word: str) -> bool:
    # isupper(): every cased letter is upper case, and there is one at least.
    return len(word) >= 2 and word.isupper() and sum(c.isalpha() for c in word) >= 2


def _base(word: str, pack: LanguagePack) -> str:
    """Return a word without a possessive ending, in lower case."""
    lowered = word.lower()
    for ending in pack.possessive_suffixes:
        if lowered.endswith(ending):
            return lowered[: -len(ending)]
    return lowered


@attrs.frozen(kw_only=True)
class Mention:
    """A speaker as the text mentions it.

    :param span: the phrase in the raw text.
    :param text: the phrase as written.
    :param kind: what it is (:data:`MentionKind`).
    :param name: the name read from it (for a person or organisation), or the
        phrase itself without a leading article.
    :param role: the role given with a name ("Russian leader"), if any.
    :param head: the phrase's last word, lower case (its head noun).
    """

    span: Span
    text: str
    kind: MentionKind
    name: str
    role: str | None = None
    head: str = ""


def _name_run(raw: str, tokens: Sequence[tuple[int, int]], pack: LanguagePack) -> int:
    """Index of the first token of the trailing run of name words."""
    joiners = compiled(pack).joiners
    first = len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        word = raw[tokens[index][0] : tokens[index][1]]
        if (_capitalised(word, pack) and not _is_modifier(word)) or (
            word.lower() in joiners and first == index + 1
        ):
            first = index
        else:
            break
    while first < len(tokens) and raw[tokens[first][0] : tokens[first][1]].lower() in joiners:
        first += 1
    return first


def _is_organisation(names: list[str], role_words: list[str], pack: LanguagePack) -> bool:
    if role_words and _is_role(_base(role_words[-1], pack), pack) and len(names) >= 2:
        return False  # "представитель МИД России Мария Захарова": a person with a role
    lowered = [_base(word, pack) for word in names]
    last_body = max(
        (index for index, word in enumerate(lowered) if word in pack.organisations),
        default=-1,
    )
    if last_body >= 0:
        after = lowered[last_body + 1 :]
        return not any(word in compiled(pack).head_titles or word in pack.roles for word in after)
    joined = " ".join(names)
    if joined in KNOWN_OUTLETS or (len(names) == 1 and _is_acronym(names[0])):
        return True
    return bool(role_words) and _base(role_words[-1], pack) in pack.organisations


def _is_role(word: str, pack: LanguagePack) -> bool:
    """Tell whether a word is a role noun, in any case form ("мера" of "мер")."""
    if word in pack.roles:
        return True
    morphology = pack.morphology
    return morphology.inflects and morphology.is_role(word, pack.roles)


def is_organisation_noun(word: str, pack: LanguagePack) -> bool:
    """Tell whether a word is a noun heading an organisation, in any case form."""
    if word in pack.organisations:
        return True
    morphology = pack.morphology
    return morphology.inflects and morphology.is_organisation_noun(word, pack.organisations)


def _is_anonymous(lowered: list[str], pack: LanguagePack) -> bool:
    """Tell whether a phrase names anonymous sources ("two diplomats", "one of the sources")."""
    for index, word in enumerate(lowered[:4]):
        if word not in pack.anonymous:
            continue
        plural = word.endswith(pack.plural_suffixes)
        definite = lowered[0] in pack.articles and lowered[0] not in pack.indefinites
        indefinite = (
            index > 0 and (lowered[0] in pack.indefinites or definite) and (not definite or plural)
        )
        if plural or indefinite or index == 0:
            return True
    return False


def _name_start(raw: str, tokens: Sequence[tuple[int, int]], first: int, pack: LanguagePack) -> int:
    """Where a person's name starts in the run ``tokens[first:]``: after titles and acronyms."""
    index = len(tokens) - 1
    start = len(tokens)
    # A personal name has at most pack.longest_name names (two in Ukrainian and Russian,
    # where a capitalised word before them is a genitive: "Председатель Банка России ...").
    most = pack.longest_name
    names = 0
    while index >= first and names < most:
        word = raw[tokens[index][0] : tokens[index][1]]
        base = _base(word, pack)
        if base in pack.name_particles and start < len(tokens):
            index -= 1
            continue
        if (
            base in pack.titles
            or base in pack.roles
            or _is_acronym(word)
            or word.endswith(("'s", "’s"))
            or not _capitalised(word, pack)
        ):
            break
        start = index
        names += 1
        previous = raw[tokens[index - 1][0] : tokens[index - 1][1]].lower() if index else ""
        if previous in pack.role_joiners:
            # "High Commissioner for Refugees Antonio Guterres": that word ends the role.
            start = index + 1 if index + 1 < len(tokens) else index
            break
        if pack.patronymic_suffixes and compiled(pack).patronymic.search(word):
            most += 1  # "Володимир Олександрович Зеленський"
        index -= 1
    return start


def _affiliated(
    raw: str,
    tokens: Sequence[tuple[int, int]],
    texts: list[str],
    lowered: list[str],
    *,
    first_name: int,
    pack: LanguagePack,
) -> Mention | None:
    """Read "Tomas Lindgren of Lund University" as the person, with the body as role.

    The words before the preposition must be two or three names, none a title or
    a role ("Secretary of State", "Bank of America" stay as they are).
    """
    lead = first_name
    while lead < len(tokens) - 1 and _base(texts[lead], pack) in pack.titles:
        lead += 1  # "Gov. Terry E. Branstad of Iowa": the title goes with the role
    for index in range(lead + 2, min(lead + 4, len(tokens) - 1)):
        if lowered[index] not in pack.affiliations:
            continue
        names = texts[lead:index]
        if any(
            not _capitalised(word, pack)
            or _base(word, pack) in pack.titles
            or _is_role(_base(word, pack), pack)
            or is_organisation_noun(_base(word, pack), pack)
            or _is_acronym(word)
            for word in names
        ):
            return None
        if not _capitalised(texts[index + 1], pack) and lowered[index + 1] not in pack.determiners:
            return None
        span = Span(start=tokens[0][0], end=tokens[-1][1])
        before = [w for w in texts[:lead] if w.lower() not in pack.determiners]
        body = raw[tokens[index + 1][0] : tokens[-1][1]]
        return Mention(
            span=span,
            text=span.of(raw),
            kind="person",
            name=" ".join(raw[tokens[lead][0] : tokens[index - 1][1]].split()),
            role=" ".join(before) + " " + body if before else body,
            head=_base(texts[index - 1], pack),
        )
    return None


_LONGEST_MENTION = 12
"""A phrase of more words than this names nobody."""


def read_mention(
    raw: str,
    start: int,
    end: int,
    pack: LanguagePack,
    tokens: Sequence[tuple[int, int]],
) -> Mention | None:
    """Read the speaker phrase ``raw[start:end]``; ``None`` if it names nobody.

    :param tokens: the phrase's words, from the article's
        :class:`~newscore.extract.analysis.Analysis` (``analysis.words(start, end)``).
    """
    found = _read_mention(raw, start, end, pack, tokens)
    if found is None or not _WRAPPED.search(found.text):
        return found
    # A name may be wrapped over two lines in hard-wrapped wire copy.
    return attrs.evolve(found, name=" ".join(found.name.split()), role=_one_line(found.role))


def _read_mention(
    raw: str,
    start: int,
    end: int,
    pack: LanguagePack,
    tokens: Sequence[tuple[int, int]],
) -> Mention | None:
    if not tokens or len(tokens) > _LONGEST_MENTION:
        return None
    span = Span(start=tokens[0][0], end=tokens[-1][1])
    text = span.of(raw)
    texts = [raw[a:b] for a, b in tokens]
    lowered = [word.lower() for word in texts]
    head = _base(texts[-1], pack)
    if len(tokens) == 1 and lowered[0] in pack.pronouns:
        return Mention(span=span, text=text, kind="pronoun", name=text, head=head)
    before_preposition = next(
        (lowered[i - 1] for i, w in enumerate(lowered) if w in pack.prepositions and i > 0), head
    )
    indefinite_head = lowered[0] in pack.indefinites and (
        head in pack.anonymous or before_preposition in pack.anonymous
    )
    if indefinite_head or (
        _is_anonymous(lowered, pack) and not any(_capitalised(w, pack) for w in texts[1:])
    ):
        return Mention(span=span, text=text, kind="anonymous", name=text, head=head)
    first_name = _name_run(raw, tokens, pack)
    if first_name == len(tokens) - 1 and _is_role(_base(texts[-1], pack), pack):
        first_name = len(tokens)  # "Омбудсман зазначив": a role, capitalised as the first word
    affiliated = _affiliated(raw, tokens, texts, lowered, first_name=first_name, pack=pack)
    if affiliated is not None:
        return affiliated
    bare_start = tokens[1][0] if lowered[0] in pack.determiners and len(tokens) > 1 else span.start
    if first_name >= len(tokens) or (first_name == 0 and lowered[0] in pack.determiners):
        # No name at the end: a description by role, or an unnamed body.
        if pack.head_first and _is_role(_base(lowered[0], pack), pack):
            head = _base(lowered[0], pack)  # "Президент асоціації": the head noun comes first
        cut = next((i for i, w in enumerate(lowered) if w in pack.prepositions and i > 0), None)
        if cut is not None and not (_is_role(head, pack) or head in pack.organisations):
            head = _base(texts[cut - 1], pack)  # "a spokesperson for the summit": "spokesperson"
        if _is_role(head, pack) or head in pack.organisations or head in pack.groups:
            named = any(
                _capitalised(word, pack) for word in texts if word.lower() not in pack.determiners
            )
            kind: MentionKind = "description"
            if named and lowered[0] not in pack.possessives and head in pack.organisations:
                kind = "organisation"
            return Mention(
                span=span, text=text, kind=kind, name=raw[bare_start : span.end], head=head
            )
        if any(_base(word, pack) in pack.organisations for word in texts) and _capitalised(
            raw[bare_start], pack
        ):
            # "Координаційний штаб з питань ...": a body named by a phrase.
            return Mention(
                span=span,
                text=text,
                kind="organisation",
                name=raw[bare_start : span.end],
                head=head,
            )
        return None
    if (
        lowered[0] in pack.articles
        and lowered[0] not in pack.indefinites
        and first_name == len(tokens) - 1
        and pack.demonym_suffixes
        and compiled(pack).demonym.search(lowered[-1])
        and lowered[-1] not in pack.organisations
    ):
        return Mention(span=span, text=text, kind="description", name=text, head="person")
    name_tokens = texts[first_name:]
    role_words = [word for word in texts[:first_name] if word.lower() not in pack.determiners]
    if (
        role_words
        and _is_role(_base(role_words[0], pack), pack)
        and len(name_tokens) == 1
        and (_is_acronym(name_tokens[0]) or is_organisation_noun(_base(name_tokens[0], pack), pack))
    ):
        # "Очільник МОЗ", "CEO of NASA": the officer of a body, named by role.
        return Mention(
            span=span, text=text, kind="description", name=text, head=_base(role_words[0], pack)
        )
    if _is_organisation(name_tokens, role_words, pack):
        while role_words and _base(role_words[-1], pack) in pack.affiliations:
            role_words = role_words[:-1]
        return Mention(
            span=span,
            text=text,
            kind="organisation",
            name=raw[tokens[first_name][0] : span.end],
            role=" ".join(role_words) or None,
            head=head,
        )
    split = _name_start(raw, tokens, first_name, pack)
    if split >= len(tokens):
        split = len(tokens) - 1
    role_start = 1 if lowered[0] in pack.determiners else 0
    role = raw[tokens[role_start][0] : tokens[split - 1][1]] if split > role_start else None
    name = raw[tokens[split][0] : span.end]
    kind = "person" if len(tokens) - split >= 2 else "name"
    return Mention(
        span=span,
        text=text,
        kind=kind,
        name=" ".join(name.split()),
        role=_one_line(role),
        head=head,
    )
