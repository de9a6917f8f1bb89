"""The entity tracker: who is who among an article's speakers.

:class:`EntityTracker` follows the speakers of one article in text order and
clusters their mentions into entities (people, organisations, anonymous
sources). A later mention is resolved to an entity met before it, never to
a later one:

- a full name, then the surname or an inflected form (by the pack's morphology);
- an acronym or alias ("C3S", "the agency");
- a role noun ("the minister", "the company"), to the last entity with that role;
- a pronoun, by salience (the entity that spoke last) among those that agree
  in gender and number. Gender is learnt from titles ("Mrs"), gendered role
  nouns ("spokeswoman"), feminine name endings the pack lists, and the
  pronouns already resolved to an entity.

Hearers ("told AFP") are never recorded as speakers, so a pronoun never
resolves to one. Each resolution says how it was made (``named``,
``surname``, ``pronoun``, ``role``, ``alias``, ``unresolved``) and from
which mention the name was taken.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from newscore.extract.compiled import compiled
from newscore.extract.speakers import Mention, MentionKind, is_organisation_noun
from newscore.model import Entity, EntityKind, Resolution, Span, Speaker

if TYPE_CHECKING:
    from newscore.extract.packs.pack import Gender, LanguagePack

__all__ = ["EntityTracker", "Resolved"]

_RECENT = 12
"""How many of the last speakers a pronoun may reach back to for agreement."""


@attrs.frozen(kw_only=True)
class Resolved:
    """What a mention was resolved to.

    :param speaker: the speaker's name (and role) as first given.
    :param kind: the kind of the entity, or of the mention when unresolved.
    :param resolved: ``False`` for a pronoun or description no entity explains.
    :param method: how it was resolved (``named``, ``surname``, ``pronoun``,
        ``role``, ``alias``, ``unresolved``).
    :param entity: the tracker's index of the entity, once recorded.
    :param resolved_from: the mention whose name the speaker takes.
    """

    speaker: Speaker
    kind: MentionKind
    resolved: bool
    method: Resolution
    entity: int | None = None
    resolved_from: Span | None = None


@attrs.define
class _Tracked:
    """An entity of the article, as far as it is known so far."""

    speaker: Speaker
    kind: MentionKind
    first: Span | None
    gender: Gender | None = None
    mentions: list[Span] = attrs.field(factory=list)
    roles: list[str] = attrs.field(factory=list)
    # The role last looked at for gender ("" before any).
    checked: str | None = ""


def _role_words(speaker: Speaker) -> set[str]:
    return set((speaker.role or "").lower().replace("-", " ").split())


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and sum(c.isalpha() for c in word) >= 2


_PEOPLE: frozenset[MentionKind] = frozenset({"person", "name"})
_NAMED: frozenset[MentionKind] = frozenset({"person", "organisation", "name"})
_GENDERED: frozenset[MentionKind] = frozenset({"person", "name", "description"})


class EntityTracker:
    """Follows the entities of one article and resolves later mentions.

    Entities are indexed by name word, role word, kind and initials, so that
    resolving a mention does not scan every entity met before: an article
    with thousands of statements is read in linear time.

    :param pack: the article's language.
    """

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        self._compiled = compiled(pack)
        self.tracked: list[_Tracked] = []
        # When each entity (by index) last made a statement.
        self._recorded: list[int] = []
        self._clock = 0
        self._by_speaker: dict[Speaker, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._by_initials: dict[str, list[int]] = {}
        self._last_of_kind: dict[MentionKind, int] = {}
        self._last_with_role_word: dict[str, int] = {}
        self._recent_people: list[int] = []

    # -- finding -----------------------------------------------------------

    def _find_by_name(self, name: str) -> int | None:
        tokens = name.split()
        if not tokens:
            return None
        morphology = self.pack.morphology
        for index in self._by_word.get(morphology.key(tokens[0]), ()):
            tracked = self.tracked[index]
            if tracked.kind not in _NAMED:
                continue
            parts = tracked.speaker.name.split()
            if len(tokens) <= len(parts) and all(
                any(morphology.same_word(token, part) for part in parts) for token in tokens
            ):
                return index
        if len(tokens) == 1 and _is_acronym(tokens[0]):
            for index in self._by_initials.get(tokens[0], ()):
                tracked = self.tracked[index]
                if tracked.kind == "organisation" and _initials(tracked.speaker.name) == tokens[0]:
                    return index
        return None

    def _latest(self, indices: Iterable[int | None]) -> int | None:
        """Return the entity among ``indices`` that made a statement last."""
        found = [index for index in indices if index is not None]
        if not found:
            return None
        return max(found, key=self._recorded.__getitem__)

    def _last(self, kinds: Iterable[MentionKind]) -> int | None:
        return self._latest(self._last_of_kind.get(kind) for kind in kinds)

    def _by_role(self, head: str) -> int | None:
        """Return the last entity whose role has ``head`` (or a synonym) as a word."""
        if not head:
            return None
        heads = {head, *self.pack.role_synonyms.get(head, ())}
        return self._latest(self._last_with_role_word.get(word) for word in heads)

    def _agreeing_person(self, gender: Gender | None) -> int | None:
        """Return the most salient person that agrees with a pronoun of ``gender``."""
        last = self._last(_PEOPLE)
        if gender is None or last is None:
            return last
        known = self.tracked[last].gender
        if known is None or known == gender:
            return last
        for index in reversed(self._recent_people):
            if self.tracked[index].gender in {None, gender}:
                return index
        return last  # nobody agrees: keep the last speaker, as before

    def _result(self, index: int, method: Resolution, mention: Mention | None = None) -> Resolved:
        tracked = self.tracked[index]
        return Resolved(
            speaker=tracked.speaker,
            kind=tracked.kind,
            resolved=True,
            method=method,
            entity=index,
            resolved_from=tracked.first or (mention.span if mention is not None else None),
        )

    def resolve(self, mention: Mention, *, alias: bool = False) -> Resolved:
        """Return what a speaker mention refers to.

        Unresolved descriptions come back as written, with ``resolved`` false;
        the caller may resolve them forward once later speakers are known.

        :param alias: whether the mention was already rewritten from an alias
            (an acronym spelled out, "the agency" named).
        """
        pack = self.pack
        if mention.kind == "pronoun":
            lowered = mention.text.lower()
            info = pack.pronouns.get(lowered)
            if lowered in self._compiled.personal_pronouns:
                found = self._agreeing_person(info.gender if info is not None else None)
            else:
                found = self._last(("organisation", "anonymous", "name", "person"))
            if found is not None:
                if info is not None and info.personal and self.tracked[found].gender is None:
                    self.tracked[found].gender = info.gender  # learnt from the pronoun
                return self._result(found, "pronoun", mention)
            return Resolved(
                speaker=Speaker(name=mention.text),
                kind="pronoun",
                resolved=False,
                method="unresolved",
            )
        if mention.kind in _NAMED:
            index = self._find_by_name(mention.name)
            if index is not None:
                tracked = self.tracked[index]
                method: Resolution = (
                    "alias"
                    if alias or (_is_acronym(mention.name) and mention.name != tracked.speaker.name)
                    else "named"
                    if mention.name == tracked.speaker.name
                    else "surname"
                )
                if tracked.speaker.role is None and mention.role:
                    self._replace(index, Speaker(name=tracked.speaker.name, role=mention.role))
                return self._result(index, method, mention)
            return Resolved(
                speaker=Speaker(name=mention.name, role=mention.role),
                kind=mention.kind,
                resolved=True,
                method="alias" if alias else "named",
                resolved_from=mention.span,
            )
        if mention.kind == "anonymous":
            return Resolved(
                speaker=Speaker(name=mention.name),
                kind="anonymous",
                resolved=True,
                method="named",
                resolved_from=mention.span,
            )
        # A description: "the company", "the Kremlin spokesman", "its chief executive".
        head = mention.head
        first_word = mention.text.split()[0].lower()
        owned = self._owned(mention)
        if is_organisation_noun(head, pack):
            found = self._by_role(head)
            method = "role"
            if found is None and owned:
                return self._as_written(mention)  # "Fiorina's team", "his campaign"
            if found is None:
                found = self._last(("organisation",))
                if found is None:
                    found = self._last(("name",))
                method = "alias"
            if found is not None:
                return self._result(found, method, mention)
            return Resolved(
                speaker=Speaker(name=mention.text),
                kind="organisation",
                resolved=False,
                method="unresolved",
            )
        if first_word in self._compiled.personal_possessives or (
            first_word in pack.articles and first_word in pack.indefinites
        ):
            # "his spokesman", "a spokesman": a new, unnamed person.
            name = (
                mention.text if first_word in self._compiled.personal_possessives else mention.name
            )
            return Resolved(
                speaker=Speaker(name=name),
                kind="description",
                resolved=True,
                method="named",
                resolved_from=mention.span,
            )
        found = self._by_role(head)
        if found is None and owned:
            return self._as_written(mention)  # "Cameron's spokesman": not Cameron
        if found is None:
            found = self._last(_PEOPLE)
        if found is not None and first_word not in self._compiled.other_possessives:
            return self._result(found, "role", mention)
        return Resolved(
            speaker=Speaker(name=mention.name),
            kind="description",
            resolved=False,
            method="unresolved",
        )

    def _owned(self, mention: Mention) -> bool:
        """Whether a description belongs to a person: "his campaign", "Cameron's spokesman".

        The owner is a personal possessive, a role ("the prime minister's") or a
        name that is no body: "the EU's top diplomat" belongs to a body (an
        acronym, an organisation noun or an organisation the article has named).
        """
        pack = self.pack
        for word in mention.text.split()[:-1]:
            lowered = word.lower()
            if lowered in self._compiled.personal_possessives:
                return True
            ending = next((e for e in pack.possessive_suffixes if lowered.endswith(e)), None)
            if ending is None or len(lowered) == len(ending):
                continue
            owner = word[: -len(ending)]
            if owner.lower() in pack.roles:
                return True
            if not owner[:1].isupper() or _is_acronym(owner):
                continue
            if is_organisation_noun(owner.lower(), pack):
                continue
            index = self._find_by_name(owner)
            if index is None or self.tracked[index].kind in _PEOPLE:
                return True
        return False

    def _as_written(self, mention: Mention) -> Resolved:
        """Return a description of a person's aide or team as its own speaker, as written."""
        return Resolved(
            speaker=Speaker(name=mention.text),
            kind="description",
            resolved=True,
            method="named",
            resolved_from=mention.span,
        )

    def find(self, name: str) -> Speaker | None:
        """Return the known speaker a name (a surname, an inflected form) refers to."""
        index = self._find_by_name(name)
        return self.tracked[index].speaker if index is not None else None

    def index_of(self, speaker: Speaker) -> int | None:
        """Return the index of the entity recorded as ``speaker``, if any."""
        same = self._by_speaker.get(speaker)
        return same[0] if same else None

    def first_mention(self, index: int) -> Span | None:
        """Return where the entity ``index`` was first mentioned."""
        return self.tracked[index].first

    def kind_of(self, speaker: Speaker) -> MentionKind | None:
        """Return the kind of the entity recorded as ``speaker``, if any."""
        same = self._by_speaker.get(speaker)
        return self.tracked[same[0]].kind if same else None

    # -- recording ---------------------------------------------------------

    def _replace(self, index: int, speaker: Speaker) -> None:
        self._unindex(index)
        self.tracked[index].speaker = speaker
        self._index(index)
        for word in _role_words(speaker):
            latest = self._last_with_role_word.get(word)
            if latest is None or self._recorded[latest] < self._recorded[index]:
                self._last_with_role_word[word] = index

    def _index(self, index: int) -> None:
        tracked = self.tracked[index]
        key = self.pack.morphology.key
        bisect.insort(self._by_speaker.setdefault(tracked.speaker, []), index)
        for word in {key(part) for part in tracked.speaker.name.split()}:
            bisect.insort(self._by_word.setdefault(word, []), index)
        bisect.insort(self._by_initials.setdefault(_initials(tracked.speaker.name), []), index)

    def _unindex(self, index: int) -> None:
        tracked = self.tracked[index]
        key = self.pack.morphology.key
        self._by_speaker[tracked.speaker].remove(index)
        for word in {key(part) for part in tracked.speaker.name.split()}:
            self._by_word[word].remove(index)
        self._by_initials[_initials(tracked.speaker.name)].remove(index)

    def _gender_of(self, speaker: Speaker) -> Gender | None:
        """Return what a new entity's title, role or name endings tell of its gender.

        Only the title right before the name counts ("Mrs. Clinton"), never a
        word further back ("Mr. Obama's adviser, Ben Rhodes").
        """
        pack = self.pack
        role = (speaker.role or "").lower().replace(".", " ").split()
        if role:
            gender = pack.gendered_titles.get(role[-1]) or pack.gendered_roles.get(role[-1])
            if gender is not None:
                return gender
        parts = speaker.name.lower().split()
        if (
            pack.feminine_suffixes
            and len(parts) >= 2
            and parts[-1].endswith(pack.feminine_suffixes)
        ):
            return "feminine"
        return None

    def record(
        self, speaker: Speaker, kind: MentionKind, mention: Span | None = None, raw: str = ""
    ) -> int:
        """Note that ``speaker`` has just made a statement; return its entity index.

        :param mention: where the statement mentions it, if it does.
        :param raw: the article's raw text, for what the mention tells of gender.
        """
        same = self._by_speaker.get(speaker)
        if same:
            index = same[0]
        else:
            index = len(self.tracked)
            self.tracked.append(_Tracked(speaker=speaker, kind=kind, first=mention))
            self._recorded.append(0)
            self._index(index)
        tracked = self.tracked[index]
        if mention is not None and (not tracked.mentions or tracked.mentions[-1] != mention):
            tracked.mentions.append(mention)
            if tracked.first is None:
                tracked.first = mention
        if speaker.role and speaker.role not in tracked.roles:
            tracked.roles.append(speaker.role)
        if (
            tracked.gender is None
            and tracked.kind in _GENDERED
            and tracked.checked is not speaker.role
        ):
            tracked.gender = self._gender_of(speaker)
            tracked.checked = speaker.role
        self._clock += 1
        self._recorded[index] = self._clock
        self._last_of_kind[tracked.kind] = index
        for word in _role_words(tracked.speaker):
            self._last_with_role_word[word] = index
        if tracked.kind in _PEOPLE:
            if index in self._recent_people:
                self._recent_people.remove(index)
            self._recent_people.append(index)
            del self._recent_people[:-_RECENT]
        return index

    def is_entity(self, index: int) -> bool:
        """Whether the tracked entry ``index`` is an entity (unresolved pronouns are not)."""
        return self.tracked[index].kind != "pronoun"

    def entity(self, index: int) -> Entity:
        """Return the tracked entry ``index`` as an :class:`~newscore.model.Entity`."""
        tracked = self.tracked[index]
        return Entity(
            name=tracked.speaker.name,
            kind=_entity_kind(tracked.kind),
            roles=tuple(tracked.roles),
            mentions=tuple(sorted(set(tracked.mentions), key=lambda s: (s.start, s.end))),
        )


def _entity_kind(kind: MentionKind) -> EntityKind:
    if kind == "organisation":
        return "organisation"
    if kind == "anonymous":
        return "anonymous"
    return "person"
