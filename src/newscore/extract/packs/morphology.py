"""How the words of a language inflect, as far as attribution needs it.

:class:`Morphology` is for languages whose names and nouns do not inflect
(English): a word matches only itself. :class:`StemMorphology` is for
languages that decline names and nouns (Ukrainian, Russian): inflected forms
share a stem ("Набиуллиной" ~ "Набиуллина", "мера" of "мер"). A pack picks
one and tunes it with data; a new language may subclass either.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
import regex

__all__ = ["Morphology", "StemMorphology"]

_QUOTE_CHARACTERS = "\"“”«»„‟`'’‘"


@attrs.frozen(kw_only=True)
class Morphology:
    """No inflection: every word form is its own lemma.

    :cvar inflects: whether forms other than the lemma exist (the engine
        skips the look-ups when they do not).
    """

    inflects: ClassVar[bool] = False

    def key(self, word: str) -> str:
        """Index key of a name word: words that :meth:`same_word` pairs share it."""
        return word.lower()

    def same_word(self, first: str, second: str) -> bool:
        """Whether two name words are forms of one name."""
        return first.lower() == second.lower()

    def is_role(self, word: str, roles: frozenset[str]) -> bool:
        """Whether the lower-case ``word`` is a form of one of the role nouns ``roles``."""
        return word in roles

    def is_organisation_noun(self, word: str, nouns: frozenset[str]) -> bool:
        """Whether the lower-case ``word`` is a form of one of the organisation ``nouns``."""
        return word in nouns

    def nominative(self, name: str) -> str:
        """Return the dictionary form of a one-word name read in another case ("у Нафтогазі")."""
        return name.strip(_QUOTE_CHARACTERS)


_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@attrs.frozen(kw_only=True)
class StemMorphology(Morphology):
    """Declined names and nouns, matched by a shared stem (Cyrillic words only).

    :param key_length: how many first letters index a name word.
    :param role_ending: the longest case ending after a role noun ("мер" + "ові").
    :param locative_endings: last letters of a locative one-word name,
        dropped to get its nominative ("Нафтогазі" -> "Нафтогаз").
    """

    inflects: ClassVar[bool] = True
    key_length: int = 4
    role_ending: int = 2
    locative_endings: str = ""

    def key(self, word: str) -> str:
        """Index key: the first :attr:`key_length` letters of a Cyrillic word."""
        lowered = word.lower()
        return lowered[: self.key_length] if _CYRILLIC.match(lowered) else lowered

    def same_word(self, first: str, second: str) -> bool:
        """Whether two words share a stem ("Набиуллиной" ~ "Набиуллина")."""
        first, second = first.lower(), second.lower()
        if first == second:
            return True
        if not (_CYRILLIC.match(first) and _CYRILLIC.match(second)):
            return False  # Latin names are not inflected
        shorter = min(len(first), len(second))
        if shorter < 4:
            return False
        common = 0
        for a, b in zip(first, second, strict=False):
            if a != b:
                break
            common += 1
        return common >= max(4, shorter - 3)

    def is_role(self, word: str, roles: frozenset[str]) -> bool:
        """Whether ``word`` is a role noun in any case form ("мера" of "мер")."""
        if word in roles:
            return True
        return any(
            word.startswith(role) and len(word) - len(role) <= self.role_ending for role in roles
        )

    def is_organisation_noun(self, word: str, nouns: frozenset[str]) -> bool:
        """Whether ``word`` is an organisation noun in any case form ("міністерству")."""
        if word in nouns:
            return True
        if len(word) <= 4:
            return False
        return any(
            len(noun) > 4
            and word.startswith(noun[:-1])
            and len(word) - len(noun) <= self.role_ending
            for noun in nouns
        )

    def nominative(self, name: str) -> str:
        """Undo the commonest locative ending of a one-word name."""
        stripped = name.strip(_QUOTE_CHARACTERS)
        if len(stripped) > 4 and " " not in stripped and stripped[-1] in self.locative_endings:
            return stripped[:-1]
        return stripped
