"""The reading context of one article: phrase bounds, speaker mentions, statement building.

A :class:`Context` holds what the frames share while they read an article:
its :class:`~newscore.extract.analysis.Analysis`, its language pack, the
entity tracker and the statements found so far. Its methods find where a
speaker phrase starts, where content starts after a cue, and what a sentence's
subject is; :func:`build` turns a mention, a cue and a content span into a
:class:`Found` statement.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from newscore.extract.analysis import Analysis, Cue
from newscore.extract.compiled import compiled
from newscore.extract.entities import EntityTracker
from newscore.extract.speakers import Mention, MentionKind, read_mention
from newscore.model import Article, Resolution, Source, Span, Speaker
from newscore.toolkit.layout import trimmed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscore.extract.packs.pack import LanguagePack

__all__ = ["Context", "Found", "build", "carry", "mention_at"]

_QUOTE_CHARACTERS = "\"“”«»„‟`'’‘"
_CONTENT_TRIM = " \t\r\n\u00a0,.;:—–-"
_LEFT_STOP = regex.compile(r"[,;:()\[\]—–\"“”«»„]|\s-\s")
_TRAILING_TRIM = frozenset(_CONTENT_TRIM + "\"”»'’")
_QUOTED = regex.compile(r"[\"“”«»„`]")
_QUOTED_NAME = regex.compile(r"\p{Lu}[\p{L}\-]*+(?:[ \u00a0][\p{L}\-]++){0,3}+[»”\"]")
_QUOTE_AFTER_CUE = regex.compile(r"\G\s*+[,:]\s*+(?P<mark>``|''|[\"“«„])")
_PARENTHETICAL_REACH = 24
"""How long a parenthetical after a name may be ("(R-Ala.)", "(D-Mass.)")."""
# A tag of one capital, a hyphen and an abbreviation: "D-Mich", "R-Ala.", "I-Vt".
_TAG = regex.compile(r"\p{Lu}-\p{Lu}\p{Ll}{0,4}+\.?+")
_ACRONYM = regex.compile(r"\p{Lu}{2,6}+")
_DATELINE = regex.compile(
    r"\p{Lu}{2,}+(?:[ .,]++\p{Lu}{2,}+){0,3}+\.?+"
    r"(?:[ \t]*+\([^()\n]{1,20}\))?[ \t]*+[—–-][ \t]*+"
)
"""A dateline opening a sentence: "WASHINGTON — ", "KYIV (Reuters) - "."""
_STATE = regex.compile(r"\p{Lu}[\p{L}.]*+")
"""A state, province or country after a city: "Texas", "Mass.", "N.Y."."""
_CLAUSE_BREAK = regex.compile(r"[;:()\[\]—–]")
_ADVERBIAL_WORDS = 6
"""How many words of hearer and adverbials may stand between a cue and its comma."""


@attrs.define(kw_only=True)
class Found:
    """A statement found by a frame, before the article's output is assembled.

    A plain record: the engine sets :attr:`frame` and :attr:`entity` on it once
    the frame is known and the tracker has recorded the speaker.

    :param speaker: who made it (as resolved so far).
    :param kind: what kind of mention or entity the speaker is.
    :param resolved: ``False`` while a description or pronoun names nobody known.
    :param cue: the cue as written.
    :param cue_span: where the cue stands, if written.
    :param content_span: the content, quotation marks included.
    :param span: the text the statement was read from.
    :param speaker_span: the statement's own mention of the speaker.
    :param via: the source cited on the way ("citing officials").
    :param hearer: whom it was told to ("told reporters").
    :param excluded: a parenthetical cut out of the content.
    :param gaps: further spans cut out of the content: the attribution and space
        between the quotations of one utterance ('"A," said X. "B."').
    :param frame: the name of the frame that found it.
    :param method: how the speaker was resolved.
    :param resolved_from: the mention whose name the speaker takes.
    :param entity: the tracker's index of the speaker's entity, once recorded.
    """

    speaker: Speaker
    kind: MentionKind
    resolved: bool
    cue: str
    cue_span: Span | None
    content_span: Span
    span: Span
    speaker_span: Span | None
    via: Source | None = None
    hearer: Span | None = None
    excluded: Span | None = None
    gaps: tuple[Span, ...] = ()
    frame: str | None = None
    method: Resolution = "named"
    resolved_from: Span | None = None
    entity: int | None = None


class Context:
    """What the frames share while reading one article.

    :param analysis: the article's analysed text.
    :param pack: its language pack.
    """

    def __init__(self, analysis: Analysis, pack: LanguagePack) -> None:
        self.analysis = analysis
        self.article: Article = analysis.article
        self.raw = analysis.raw
        self.pack = pack
        self.compiled = compiled(pack)
        self.tracker = EntityTracker(pack)
        self.found: list[Found] = []
        # Bound look-ups of the analysis, taken once (they are called very often).
        self.words = analysis.words
        self.in_quote = analysis.in_quote
        self.quote_at = analysis.quote_at

    def word_at(self, start: int, end: int) -> str:
        """Return ``raw[start:end]``."""
        return self.raw[start:end]

    def left_phrase(self, sentence_start: int, end: int) -> tuple[int, int, Source | None]:
        """Where the speaker phrase ending at ``end`` starts; skips parentheticals.

        For "Role, Name, said" and "Name, Role, said", the phrase covers both
        and :meth:`appositive` splits it.
        """
        pack = self.pack
        tokens = self.words(sentence_start, end)
        # Drop auxiliaries and adverbs between speaker and cue.
        while tokens and self.word_at(*tokens[-1]).lower() in pack.auxiliaries:
            end = tokens[-1][0]
            tokens = tokens[:-1]
        # and a time adverbial: "Obama on Tuesday said", "Feinstein (D-Calif.) last week said"
        while len(tokens) > 1 and self.word_at(*tokens[-1]).lower() in pack.time_words:
            cut = len(tokens) - 1
            if cut > 1 and self.word_at(*tokens[cut - 1]).lower() in pack.adverbial_starts:
                cut -= 1
            end = tokens[cut][0]
            tokens = tokens[:cut]
            while tokens and self.word_at(*tokens[-1]).lower() in pack.auxiliaries:
                end = tokens[-1][0]
                tokens = tokens[:-1]
        end = trimmed(self.raw, sentence_start, end)[1]
        via: Source | None = None
        if end > sentence_start and self.raw[end - 1] == ",":
            # "X, which ..., said" / "X, citing Y, reported" / "Role, Name, said"
            # "Gov. John Kasich (R-OH), said": the party tag is no part of the name
            inner_end = self._before_parenthetical(sentence_start, end - 1)
            if inner_end < end - 1:
                end = inner_end
            chain = self._named_chain(sentence_start, inner_end)
            if chain is not None:
                return sentence_start, chain, via
            comma = self.raw.rfind(",", sentence_start, inner_end)
            place = self._place_end(sentence_start, comma, inner_end)
            if place is not None:
                # "X, a delegate from Houston, Texas, said": "City, State" is no speaker
                inner_end = place
                comma = self.raw.rfind(",", sentence_start, inner_end)
                if comma < 0:
                    end = inner_end
            if comma >= 0:
                segment_words = self.words(comma + 1, inner_end)
                first = self.word_at(*segment_words[0]).lower() if segment_words else ""
                if first in self.compiled.citing_first:
                    via_start, via_end = (
                        trimmed(self.raw, segment_words[1][0], inner_end)
                        if (len(segment_words) > 1)
                        else (inner_end, inner_end)
                    )
                    via = _anonymous_source(self.raw, via_start, via_end)
                if first in pack.parenthetical or first in self.compiled.citing_first:
                    end = trimmed(self.raw, sentence_start, comma)[1]
                    earlier = self.raw.rfind(",", sentence_start, end)
                    if via is None and self._place_end(sentence_start, earlier, end) is not None:
                        # "X, a driver from Ava, Mo., who ..., said": the place again
                        return self.left_phrase(sentence_start, comma + 1)
                else:
                    before = self._before_parenthetical(sentence_start, comma)
                    start = self._phrase_start(sentence_start, before)
                    age = self.raw.rfind(",", sentence_start, start)
                    if age >= 0 and self.raw[start:before].isdigit():
                        # "Cecelia Purner, 67, a retired clerk, said": the age is no name
                        start = self._phrase_start(sentence_start, age)
                    if start >= before:
                        start = comma
                    segment_start = trimmed(self.raw, comma + 1, inner_end)[0]
                    return (start if start < comma else segment_start), inner_end, via
        end = self._before_parenthetical(sentence_start, end)
        start = self._phrase_start(sentence_start, end)
        citing = self.compiled.citing_inside.search(self.raw, start, end)
        if citing is not None and citing.start() > start:
            via = _anonymous_source(self.raw, *trimmed(self.raw, citing.end(), end))
            end = trimmed(self.raw, start, citing.start())[1]
        return start, end, via

    def _before_parenthetical(self, sentence_start: int, end: int) -> int:
        """Where a phrase ends before a short parenthetical ("Shelby (R-Ala.)"), else ``end``."""
        raw = self.raw
        stop = trimmed(raw, sentence_start, end)[1]
        if stop <= sentence_start or raw[stop - 1] != ")":
            return end
        opening = raw.rfind("(", max(sentence_start, stop - _PARENTHETICAL_REACH), stop)
        if opening <= sentence_start or "," in raw[opening:stop]:
            return end
        return trimmed(raw, sentence_start, opening)[1]

    def _named_chain(self, sentence_start: int, end: int) -> int | None:
        """Where "Name, role" ends in "Name, role of X, a company ..., said", else ``None``.

        A sentence that opens with a person's full name and a comma, then two
        appositives or more before the cue, is that person's: the bodies and
        places named in the appositives are not the speaker.
        """
        raw = self.raw
        start = trimmed(raw, sentence_start, end)[0]
        first = raw.find(",", start, end)
        if first < 0:
            return None
        second = raw.find(",", first + 1, end)
        if second < 0:
            return None
        opening = read_mention(raw, start, first, self.pack, self.words(start, first))
        if opening is None or opening.span.start != start:
            return None
        titled = opening.kind == "name" and all(
            word.lower().rstrip(".") in self.pack.titles for word in (opening.role or "?").split()
        )
        if opening.kind != "person" and not titled:
            return None  # "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"
        return trimmed(raw, start, second)[1]

    def _place_end(self, sentence_start: int, comma: int, end: int) -> int | None:
        """Where a phrase ends before a place "in City, State" ending at ``end``, else ``None``.

        The state is one capitalised word after ``comma`` ("Texas", "Mass.", "N.Y."),
        the city one to three capitalised words after a preposition.
        """
        raw = self.raw
        if comma < 0 or _STATE.fullmatch(raw[comma + 1 : end].strip()) is None:
            return None
        before = self.words(sentence_start, comma)[-5:]
        index = len(before) - 1
        while index >= 0 and len(before) - index <= 3 and raw[before[index][0]].isupper():
            index -= 1
        if index < 0 or index == len(before) - 1:
            return None
        if self.word_at(*before[index]).lower() not in self.pack.prepositions:
            return None
        return trimmed(raw, sentence_start, before[index][0])[1]

    def _phrase_start(self, sentence_start: int, end: int) -> int:
        pack = self.pack
        tokens = self.words(sentence_start, end)[-16:]
        start = end
        for index in range(len(tokens) - 1, -1, -1):
            token_start, token_end = tokens[index]
            gap = self.raw[token_end:start] if index < len(tokens) - 1 else ""
            if gap != " " and _LEFT_STOP.search(gap) and not self._quoted_name_follows(gap, start):
                break
            word = self.raw[token_start:token_end]
            lowered = word.lower()
            if (
                lowered in pack.role_joiners
                and 0 < index < len(tokens) - 1
                and (
                    self.raw[tokens[index - 1][0]].isupper()
                    and self.raw[tokens[index + 1][0]].isupper()
                )
            ):
                start = token_start
                continue
            if (
                lowered in pack.clause_words and not word.isupper()
            ) or lowered in pack.boundary_prepositions:
                exceptions = pack.boundary_exceptions.get(lowered)
                if (
                    exceptions is not None
                    and index > 0
                    and self.word_at(*tokens[index - 1]).lower() in exceptions
                ):
                    start = token_start
                    continue
                break
            start = token_start
        return start

    def _quoted_name_follows(self, gap: str, position: int) -> bool:
        """Whether ``gap`` only opens a quoted name ("в «Нафтогазі»"), which is no boundary."""
        if gap.strip() not in {"«", "“", "„", '"'}:
            return False
        after = _QUOTED_NAME.match(self.raw, position)
        return after is not None

    def subject(self, sentence_start: int, end: int) -> Mention | None:
        """Return the subject at the start of a sentence, after opening adverbials.

        The longest opening phrase (up to ten words, stopping at punctuation
        or an auxiliary verb) that reads as a speaker.
        """
        dateline = _DATELINE.match(self.raw, sentence_start, end)
        if dateline is not None:
            sentence_start = dateline.end()  # "WASHINGTON — Sen. Bernie Sanders defended ..."
        position = sentence_start
        comma = self.raw.find(",", sentence_start, end)
        head = self.words(sentence_start, end)
        if comma >= 0 and head:
            opening = read_mention(
                self.raw, sentence_start, comma, self.pack, self.words(sentence_start, comma)
            )
            short = len(self.words(sentence_start, comma)) <= 5
            if self.word_at(*head[0]).lower() in self.pack.sentence_adverbs or (
                short
                and (opening is None or opening.kind not in {"person", "organisation", "name"})
            ):
                position = comma + 1
        tokens = self.words(position, end)[:10]
        while len(tokens) > 1 and self.word_at(*tokens[0]).lower() in self.pack.conjunctions:
            tokens = tokens[1:]  # "But he lamented ... and said"
        best: Mention | None = None
        for index, (token_start, token_end) in enumerate(tokens):
            lowered = self.word_at(token_start, token_end).lower()
            if index and (
                _LEFT_STOP.search(self.raw[tokens[index - 1][1] : token_start])
                or lowered in self.pack.verbish
                or lowered in self.pack.cues
            ):
                break
            word = self.raw[token_start:token_end]
            if (
                best is not None
                and best.kind != "description"
                and not word[:1].isupper()
                and lowered not in self.compiled.joiners
            ):
                break  # "Sanders' campaign launched an ad in California": the name has ended
            mention = read_mention(
                self.raw, tokens[0][0], token_end, self.pack, self.words(tokens[0][0], token_end)
            )
            if (mention is not None and mention.kind != "description") or (
                mention is not None and best is None
            ):
                best = mention
        return best

    # -- frames ------------------------------------------------------------

    def after_cue(self, cue: Cue, stop: int) -> tuple[int, Span | None]:
        """Where the content after a cue starts: past hearer, adverbials and "that"."""
        raw, pack = self.raw, self.pack
        particle = cue.particle
        past_particle = False
        if (
            particle is not None
            and cue.end < particle.end <= stop
            and len(self.words(cue.end, particle.start)) <= 6
            and self.words(particle.end, stop)
        ):
            # "teilte am Montag mit, dass ...": the content starts after the particle.
            cue = attrs.evolve(cue, end=particle.end, particle=None)
            past_particle = True
        citing = self.compiled.citing_after.match(raw, cue.end, stop)
        if citing is not None:
            return self.after_cue(attrs.evolve(cue, end=citing.end() - 1), stop)
        relative = self.compiled.hearer_relative.match(raw, cue.end, stop)
        if relative is not None:
            # "Putin told Xi, who is expected in Moscow, that ...": the clause is about Xi.
            told = Span(start=relative.start("hearer"), end=relative.end("hearer"))
            return relative.end(), told
        if cue.word.lower() in pack.cue_particles and not past_particle:
            following = self.words(cue.end, stop)[:1]
            if following:
                return following[0][1], None
        tokens = self.words(cue.end, stop)[:14]
        lowered = [raw[a:b].lower() for a, b in tokens]
        hearer: Span | None = None
        position = 0
        that_index = next((i for i, word in enumerate(lowered[:10]) if word in pack.that), None)
        colon = raw.find(":", cue.end, tokens[min(2, len(tokens) - 1)][1] if tokens else stop)
        if colon >= 0 and not raw[cue.end : colon].strip(" \t*"):
            return colon + 1, None
        if (
            pack.hearer_before_comma
            and that_index is not None
            and 0 < that_index <= 4
            and raw[tokens[that_index - 1][1] : tokens[that_index][0]].strip() == ","
        ):
            # "рассказал РИА Новости, что ...": the hearer stands between cue and "что".
            hearer = Span(start=tokens[0][0], end=tokens[that_index - 1][1])
            return tokens[that_index][1], hearer
        if pack.adverbial_before_comma and tokens and that_index is None:
            after_comma = self._after_adverbial_comma(cue.end, stop, lowered[0])
            if after_comma is not None:
                return after_comma
        if cue.word.lower() in pack.objects_of_telling and tokens:
            if that_index is not None and that_index > 0:
                hearer = Span(start=tokens[0][0], end=tokens[that_index - 1][1])
                return tokens[that_index][1], hearer
            first = raw[tokens[0][0] : tokens[0][1]]
            if (lowered[0] in pack.hearers or first[:1].isupper()) and "," not in raw[
                cue.end : tokens[0][0]
            ]:
                # "told reporters", "told Reuters", "told the Sejm"
                count = 1
                while (
                    count < len(tokens)
                    and count < 5
                    and not _LEFT_STOP.search(raw[tokens[count - 1][1] : tokens[count][0]])
                    and lowered[count] not in pack.adverbial_starts
                    and lowered[count] not in pack.that
                    and lowered[count - 1] not in pack.hearers_alone
                    and not (  # a name has ended: "told Xi the plan ..."
                        raw[tokens[count - 1][0]].isupper()
                        and raw[tokens[count][0]].islower()
                        and lowered[count] not in self.compiled.name_inner
                    )
                ):
                    count += 1
                hearer = Span(start=tokens[0][0], end=tokens[count - 1][1])
                position = count
        if that_index is not None and that_index >= position:
            between = lowered[position:that_index]
            if (
                not between
                or between[0] in pack.adverbial_starts
                or all(word in pack.time_words for word in between)
            ):
                return tokens[that_index][1], hearer
        if position < len(tokens):
            # Skip a bare time word: "said Wednesday that" / "said on Friday".
            index = position
            while index < len(tokens) and lowered[index] in pack.time_words:
                index += 1
            if (
                index < len(tokens)
                and lowered[index] in pack.adverbial_starts
                and index + 1 < len(tokens)
                and (lowered[index + 1] in pack.time_words or lowered[index + 1] in pack.networks)
            ):
                index += 2
                if index < len(tokens) and lowered[index] in pack.that:
                    index += 1
            if index < len(tokens):
                return tokens[index][0], hearer
        if position and position < len(tokens):
            return tokens[position][0], hearer
        if position:
            return stop, hearer
        return (tokens[0][0] if tokens else stop), hearer

    def _after_adverbial_comma(
        self, start: int, stop: int, first: str
    ) -> tuple[int, Span | None] | None:
        """Content after a comma that follows a hearer or adverbial right after the cue.

        "sagte am Dienstag vor Journalisten, der Schritt sei ...": the words before
        the comma say when, where or to whom; the content starts after it.
        """
        pack, raw = self.pack, self.raw
        if first not in pack.adverbial_starts and first not in pack.time_words:
            return None
        comma = raw.find(",", start, stop)
        if comma < 0 or _CLAUSE_BREAK.search(raw, start, comma):
            return None
        between = self.words(start, comma)
        if not 0 < len(between) <= _ADVERBIAL_WORDS:
            return None
        if any(raw[a:b].lower() in pack.cues for a, b in between):
            return None
        hearer = None
        if first in pack.hearers:
            hearer = Span(start=between[0][0], end=between[-1][1])
        return comma + 1, hearer

    def trailing_is_adverbial(self, start: int, stop: int) -> bool:
        """Whether ``raw[start:stop]`` only says when, where or how something was said."""
        citing = self.compiled.citing_after.match(self.raw, start, stop)
        if citing is not None:
            start = citing.end()
        tokens = self.words(start, stop)
        if not tokens:
            return True
        first = self.word_at(*tokens[0]).lower()
        after_comma = self.raw[start : tokens[0][0]].strip().startswith(",")
        if after_comma and (first in self.pack.participles or first in self.pack.parenthetical):
            return True
        comma = self.raw.find(",", tokens[0][0], stop)
        if comma >= 0:
            after = self.words(comma, stop)[:1]
            if after and self.word_at(*after[0]).lower() in self.pack.participles:
                # "said Tuesday, warning that ...": the "that" is the participle's.
                tokens = tokens[: bisect.bisect_left(tokens, comma, key=_start_of)]
        if any(self.word_at(*token).lower() in self.pack.that for token in tokens[:12]):
            return False
        if after_comma:
            return True
        if first in self.pack.adverbial_starts or first in self.pack.time_words:
            return True
        return len(tokens) <= 3 and all(
            self.word_at(*t)[:1].isupper() or self.word_at(*t).lower() in self.pack.hearers
            for t in tokens
        )


def _strip_content(raw: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int]:
    """Content bounds without leading "that", punctuation and trailing marks."""
    leading = compiled(pack).leading.match(raw, start, end)
    if leading is not None:
        start = leading.end()
    while end > start and (raw[end - 1] in _TRAILING_TRIM or raw[end - 1] in pack.trailing_marks):
        end -= 1
    return start, end


def _anonymous_source(raw: str, start: int, end: int) -> Source | None:
    if start >= end:
        return None
    span = Span(start=start, end=end)
    return Source(
        name=span.of(raw), kind="anonymous", description=span.of(raw), span=span, name_span=span
    )


def _appositive_role(context: Context, start: int, end: int) -> str | None:
    """Return the role given after a name ("said John Healey, the defence secretary")."""
    raw = context.raw
    found = context.compiled.appositive.match(raw, start, end)
    if found is None:
        return None
    return str(found.group("role"))


def _right_phrase_end(context: Context, start: int, end: int) -> int:
    tokens = context.words(start, end)
    stop = start
    for token_start, token_end in tokens:
        gap = context.raw[stop:token_start]
        if stop > start and _LEFT_STOP.search(gap):
            break
        word = context.raw[token_start:token_end].lower()
        if stop > start and (
            word in context.pack.adverbial_starts or word in context.pack.clause_words
        ):
            break
        stop = token_end
    return stop


def mention_at(context: Context, start: int, end: int) -> Mention | None:
    """Read the speaker phrase ``raw[start:end]``: appositives, locative bodies, then names."""
    raw, pack = context.raw, context.pack
    comma = raw.find(",", start, end)
    if comma >= 0:
        # An appositive: "The IMF's mission chief, Gavin Gray," / "Name, Head of X,"
        first = read_mention(raw, start, comma, pack, context.words(start, comma))
        second = read_mention(raw, comma + 1, end, pack, context.words(comma + 1, end))
        people = {"person", "name"}

        def pure(mention: Mention | None) -> bool:
            return mention is not None and mention.kind in people and mention.role is None

        if second is not None and _TAG.fullmatch(second.text):
            second = None  # "Debbie Stabenow, D-Mich., said": a party and state tag
        if first is not None and "(" in raw[start:comma]:
            cut = raw.find("(", start, comma)
            first = read_mention(raw, start, cut, pack, context.words(start, cut)) or first
        if pure(second) or (
            second is not None
            and not pure(first)
            and (second.kind == "person" or (second.kind in people and first is None))
        ):
            assert second is not None
            role = trimmed(raw, start, comma)
            return attrs.evolve(second, role=second.role or raw[role[0] : role[1]])
        if first is not None and first.kind in people | {"organisation"}:
            role = trimmed(raw, comma + 1, end)
            return attrs.evolve(first, role=first.role or raw[role[0] : role[1]])
        return second
    tokens = context.words(start, end)
    while len(tokens) > 1 and raw[tokens[0][0] : tokens[0][1]].lower() in pack.sentence_adverbs:
        tokens = tokens[1:]
        start = tokens[0][0]
    if tokens and pack.locative_prepositions:
        preposition = raw[tokens[0][0] : tokens[0][1]].lower()
        if preposition in pack.locative_prepositions and len(tokens) > 1:
            # Impersonal "в «Нафтогазі» попередили": the body in the locative.
            inner = Span(start=tokens[1][0], end=tokens[-1][1])
            written = inner.of(raw).strip(_QUOTE_CHARACTERS)
            capitalised = [token for token in tokens[2:] if raw[token[0]].isupper()]
            if written[:1].islower() and capitalised:
                # "у пресслужбі УАФ повідомили": the body named after the department.
                return mention_at(context, capitalised[0][0], tokens[-1][1])
            kind: MentionKind = "organisation"
            if written[:1].islower():
                kind, name = "description", written  # "У компанії заявили": spoken of before
            else:
                known = context.tracker.find(written)
                name = known.name if known is not None else pack.morphology.nominative(written)
            return Mention(
                span=inner,
                text=inner.of(raw),
                kind=kind,
                name=name,
                head=written.split()[-1].lower(),
            )
    words = context.words(start, end)
    mention = read_mention(raw, start, end, pack, words)
    if mention is None and pack.plain_noun_sources:
        mention = _plain_noun_phrase(context, words)
    return mention


_PLAIN_PHRASE_WORDS = 5
"""How many words a speaker phrase of common nouns has at most ("the Clinton campaign")."""
_PLAIN_PHRASE_GAP = regex.compile(r"[\s\u00a0'’\-]*+")


def _plain_noun_phrase(context: Context, words: Sequence[tuple[int, int]]) -> Mention | None:
    """Read a source named by a plain noun phrase, kept as written.

    "The campaign said", "a new poll says", "64 percent say": the subject of a
    speech verb is its source whatever it is, a body, a group, a document or a
    poll. It opens with a determiner, a possessive, a number or a capital, and
    its head is the last word, a lower-case noun; a pronoun, a clause or a cue
    word makes no such phrase.
    """
    raw, pack = context.raw, context.pack
    if not 0 < len(words) <= _PLAIN_PHRASE_WORDS:
        return None
    texts = [raw[a:b] for a, b in words]
    lowered = [text.lower() for text in texts]
    head = lowered[-1]
    if not texts[-1].replace("-", "").isalpha() or not texts[-1].islower():
        return None  # a lower-case noun ("front-runner")
    if head in pack.pronouns or head in pack.determiners or head in pack.adverbial_starts:
        return None
    if head in pack.time_words or head in pack.sentence_adverbs:
        return None
    if any(w in pack.reporting_words or w in pack.that or w in pack.clause_words for w in lowered):
        return None
    opening = lowered[0]
    if not (
        opening in pack.determiners
        or opening in pack.possessives
        or texts[0][:1].isupper()
        or texts[0][:1].isdigit()
    ):
        return None  # "who spoke on condition of anonymity said": a clause, not a phrase
    for (_, previous_end), (next_start, _) in itertools.pairwise(words):
        if _PLAIN_PHRASE_GAP.fullmatch(raw, previous_end, next_start) is None:
            return None  # punctuation inside: no one phrase
    span = Span(start=words[0][0], end=words[-1][1])
    text = span.of(raw)
    return Mention(span=span, text=text, kind="anonymous", name=text, head=head)


def carry(
    context: Context,
    last: Found,
    cue: Cue,
    sentence: Span,
    *,
    content: tuple[int, int],
    hearer: Span | None,
) -> Found | None:
    """Read a coordinated or participial cue as said by the sentence's last speaker."""
    return _found_from(
        context,
        speaker=last.speaker,
        kind=last.kind,
        resolved=last.resolved,
        cue=cue,
        sentence=sentence,
        content=content,
        speaker_span=None,
        hearer=hearer,
        method="carried",
        resolved_from=last.resolved_from,
    )


def _earlier_name(context: Context, mention: Mention) -> Mention | None:
    """For "the agency", the last "... Agency" named before it."""
    head = mention.head
    if not head.isalpha():
        return None
    cache = context.compiled.named_before
    pattern = cache.get(head)
    if pattern is None:
        pattern = regex.compile(
            r"(?:\p{Lu}[\p{L}'’\-]*[ \u00a0](?:(?:"
            + context.compiled.inner_connectors
            + r")[ \u00a0])?){1,6}"
            + regex.escape(head.capitalize())
            + r"(?![\p{L}])"
        )
        cache[head] = pattern
    matches = list(pattern.finditer(context.raw, 0, mention.span.start))
    if not matches:
        return None
    last = matches[-1]
    span = Span(start=last.start(), end=last.end())
    return Mention(
        span=mention.span,
        text=mention.text,
        kind="organisation",
        name=_without_article(context, span.of(context.raw)),
        head=head,
    )


def _without_article(context: Context, name: str) -> str:
    """Return a name without its leading article ("The Agency" gives "Agency")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in context.pack.articles and first[:1].isupper():
        return rest.strip()
    return name.strip()


def _spelled_out(context: Context, acronym: str) -> str | None:
    """Return the name an acronym stands for, where the text spells it out."""
    raw = context.raw
    cache = context.compiled.spelled
    pattern = cache.get(acronym)
    if pattern is None:
        joiner = r"[ \u00a0](?:(?:" + context.compiled.acronym_joiners + r")[ \u00a0])?"
        parts = [
            regex.escape(letter) + r"[\p{Ll}\-'’ʼ]++"
            if index == 0
            else "(?i:" + regex.escape(letter) + r")[\p{Ll}\-'’ʼ]++"
            for index, letter in enumerate(acronym)
        ]
        pattern = regex.compile(r"(?<![\p{L}])" + joiner.join(parts) + r"(?![\p{L}])")
        cache[acronym] = pattern
    found = pattern.search(raw)
    return found.group() if found is not None else None


def _skip_data_words(context: Context, start: int, end: int) -> int:
    """Skip "data from", "figures from", "a statement by" after "according to"."""
    found = context.compiled.data_words.match(context.raw, start, end)
    return found.end() if found else start


def _data_owner(context: Context, start: int, end: int) -> int | None:
    """In "the RBA's updated forecasts", where the owner's name ends; else ``None``."""
    found = context.compiled.owned_data.match(context.raw, start, end)
    return found.end("owner") if found else None


def build(
    context: Context,
    mention: Mention,
    cue: Cue,
    sentence: Span,
    *,
    content: tuple[int, int],
    limit: int | None,
    via: Source | None = None,
    hearer: Span | None = None,
    excluded: Span | None = None,
) -> Found | None:
    """Resolve ``mention`` with the tracker and build the statement it makes with ``cue``.

    :param content: where the content starts and ends (trimmed here).
    :param limit: unused; kept so that frames pass where their clause ends.
    :returns: ``None`` when the content is empty or a lone unquoted word, or
        when the mention is a group that speaks for no one in particular.
    """
    pack = context.pack
    if mention.kind == "description" and mention.head in pack.groups:
        return None
    first_word = mention.text.split(" ", 1)[0].lower()
    aliased = False
    if (
        mention.kind == "description"
        and first_word in pack.articles
        and first_word not in pack.indefinites
        and " " in mention.text
        and mention.head in pack.organisations
    ):
        named = _earlier_name(context, mention)
        if named is not None:
            mention, aliased = named, True
    acronym = mention.kind in {"organisation", "name"} and _ACRONYM.fullmatch(mention.name)
    if acronym and context.tracker.find(mention.name) is None:
        spelled = _spelled_out(context, mention.name)
        if spelled is not None:
            mention, aliased = attrs.evolve(mention, kind="organisation", name=spelled), True
    resolved = context.tracker.resolve(mention, alias=aliased)
    return _found_from(
        context,
        speaker=resolved.speaker,
        kind=resolved.kind,
        resolved=resolved.resolved,
        method=resolved.method,
        resolved_from=resolved.resolved_from,
        cue=cue,
        sentence=sentence,
        content=content,
        speaker_span=mention.span,
        hearer=hearer,
        via=via,
        excluded=excluded,
    )


def _found_from(
    context: Context,
    *,
    speaker: Speaker,
    kind: MentionKind,
    resolved: bool,
    cue: Cue,
    sentence: Span,
    content: tuple[int, int],
    speaker_span: Span | None,
    hearer: Span | None,
    via: Source | None = None,
    excluded: Span | None = None,
    method: Resolution = "named",
    resolved_from: Span | None = None,
) -> Found | None:
    raw = context.raw
    content_start, content_end = content
    content_start = trimmed(raw, content_start, content_end)[0]
    quote = context.quote_at(content_start, content_start + 1)
    if quote is not None and quote.span.start == content_start and quote.span.end > content_end:
        content_end = quote.span.end
    start, end = _strip_content(raw, content_start, content_end, context.pack)
    if cue.particle is not None and start < cue.particle.start < end:
        # "kündigte eine Reform an": the content ends before the separable particle.
        end = _strip_content(raw, start, cue.particle.start, context.pack)[1]
    if cue.word.lower() in context.pack.object_cues:
        # "accused the West of ... and thanked China": the next predicate is narration.
        for narration in context.compiled.next_predicate.finditer(raw, start, end):
            if not context.in_quote(narration.start()):
                end = _strip_content(raw, start, narration.start(), context.pack)[1]
                break
    content_words = context.words(start, end)
    if end - start < 2 or not content_words:
        return None
    if len(content_words) == 1 and context.quote_at(start, start + 1) is None:
        return None  # "words altered, added, and": a lone unquoted word says nothing
    span_start = min(sentence.start, start)
    span_end = max(sentence.end, end)
    return Found(
        speaker=speaker,
        kind=kind,
        resolved=resolved,
        cue=cue.word,
        cue_span=Span(start=cue.start, end=cue.end),
        content_span=Span(start=start, end=end),
        span=Span(start=span_start, end=span_end),
        speaker_span=speaker_span,
        via=via,
        hearer=hearer,
        excluded=excluded,
        method=method,
        resolved_from=resolved_from,
    )


def _start_of(token: tuple[int, int]) -> int:
    return token[0]
