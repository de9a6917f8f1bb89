"""Find reported statements ("who said what") in an article's sections.

The engine reads every section but the source line, quotation by quotation
and sentence by sentence, and recognises the frames of news attribution:

- speaker, cue, content: ``Putin said (that) ...``, ``Kallas told journalists
  that ...``, ``Кличко заявив, що ...``;
- content, then speaker and cue: ``"...," Putin said.``, ``..., Peskov told
  reporters.``, ``"...," said X.``, ``«...», — заявил Песков.``;
- ``According to X, ...``, ``..., according to data from X``, ``За словами X``;
- a speaker, a cue and a colon before a quotation: ``Costa replied: "..."``;
- coordinated and participial cues that share the speaker: ``... and said``,
  ``..., adding that ...``;
- a quotation right after an attributed one continues it;
- a ``Quote:`` section without attribution belongs to the person of the
  source line, or else to the lead's main speaker.

Speakers are read by :mod:`newscore.extract.speakers` and resolved across the
article (pronouns, surnames, roles, acronyms).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import overload

import attrs
import regex

from newscore.extract.compiled import compiled
from newscore.extract.packs import LanguagePack, pack_for
from newscore.extract.segments import Quote, find_quotes, split_sentences
from newscore.extract.sources import find_outlet
from newscore.extract.speakers import (
    Mention,
    MentionKind,
    SpeakerTracker,
    read_mention,
    words,
)
from newscore.model import Article, Problem, Section, Source, Span, Speaker, Statement
from newscore.registry import Extraction
from newscore.toolkit.layout import paragraphs, trimmed

__all__ = ["LONGEST_SENTENCE", "extract_statements"]

_SKIPPED_KINDS = frozenset({"source"})
_QUOTE_CHARACTERS = "\"“”«»„‟`'’‘"
_CONTENT_TRIM = " \t\r\n\u00a0,.;:—–-"
_LEFT_STOP = regex.compile(r"[,;:()\[\]—–\"“”«»„]|\s-\s")


@attrs.frozen(kw_only=True)
class _Cue:
    start: int
    end: int
    word: str
    participle: bool = False
    according: bool = False


@attrs.frozen(kw_only=True)
class _Found:
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


def _strip_content(raw: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int]:
    """Content bounds without leading "that", punctuation and trailing marks."""
    leading = compiled(pack).leading.match(raw, start, end)
    if leading is not None:
        start = leading.end()
    while end > start and raw[end - 1] in _TRAILING_TRIM:
        end -= 1
    return start, end


_TRAILING_TRIM = frozenset(_CONTENT_TRIM + "\"”»'’")


_CONTINUATION_WINDOW = 12
_QUOTED = regex.compile(r"[\"“”«»„`]")
_DROP_QUOTES = str.maketrans(dict.fromkeys('"“”«»„‟'))
# A quotation mark wedged between two words ('said"according') parts them, unless the
# punctuation beside it hugs the word anyway ('(«Трибуна»,' gives '(Трибуна,').
_QUOTE_BETWEEN_WORDS = regex.compile(
    r"(?<=[^\s\p{Ps}\p{Pi}\p{Pd}])(?:[\"“”«»„‟]|``|'')++(?=[^\s\p{Pe}\p{Pf}\p{Po}\p{Pd}])"
)


def _clean(text: str) -> str:
    """Content as reported: quotation marks dropped, white space folded."""
    parted = _QUOTE_BETWEEN_WORDS.sub(" ", text)
    cleaned = parted.translate(_DROP_QUOTES).replace("``", "").replace("''", "")
    return " ".join(cleaned.split())


class _Words(Sequence[tuple[int, int]]):
    """The words ``tokens[first:last]``, each cut at ``bound``, without copying them.

    Only the last word can reach past ``bound`` ("ministry" of "ministry's"); it
    keeps its part before it.
    """

    __slots__ = ("_bound", "_first", "_last", "_tokens")

    def __init__(self, tokens: list[tuple[int, int]], first: int, last: int, bound: int) -> None:
        self._tokens = tokens
        self._first = first
        self._last = max(first, last)
        self._bound = bound

    def __len__(self) -> int:
        return self._last - self._first

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> _Words: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | _Words:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("word views only take contiguous slices")
            return _Words(self._tokens, self._first + start, self._first + stop, self._bound)
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        token_start, token_end = self._tokens[self._first + index]
        return (token_start, min(token_end, self._bound))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        tokens, bound = self._tokens, self._bound
        for index in range(self._first, self._last):
            token_start, token_end = tokens[index]
            yield (token_start, min(token_end, bound))


class _Reader:
    """Extraction state for one article."""

    def __init__(self, article: Article, pack: LanguagePack) -> None:
        self.article = article
        self.raw = article.raw
        self.pack = pack
        self.tracker = SpeakerTracker(pack)
        self.found: list[_Found] = []
        self.problems: list[Problem] = []
        self.quotes: list[Quote] = []
        self.compiled = compiled(pack)
        self.according_pattern = self.compiled.according
        self.reporting_words = self.compiled.reporting_words
        self.cue_indices: list[int] = []
        self.according_matches: list[regex.Match[str]] = []
        self.according_starts: list[int] = []
        self.quote_starts: list[int] = []
        self.tokens: list[tuple[int, int]] = []
        self.token_starts: list[int] = []
        self.lowered: list[str] = []

    # -- helpers -----------------------------------------------------------

    def word_at(self, start: int, end: int) -> str:
        return self.raw[start:end]

    def in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, position) - 1
        return index >= 0 and position < self.quotes[index].inner.end

    def quote_at(self, start: int, end: int) -> Quote | None:
        """Return the quotation (marks included) that holds ``[start, end)``, if any."""
        index = bisect.bisect_right(self.quote_starts, start) - 1
        # quote_starts holds inner starts, one past the opening mark: look one further.
        for candidate in (index, index + 1):
            if 0 <= candidate < len(self.quotes):
                quote = self.quotes[candidate]
                if quote.span.start <= start and quote.span.end >= end:
                    return quote
        return None

    def index_words(self, span: Span) -> None:
        """Split a section into words once; :meth:`words` then slices this index."""
        self.tokens = words(self.raw, span.start, span.end)
        self.token_starts = [token[0] for token in self.tokens]
        lowered = self.raw[span.start : span.end].lower()
        if len(lowered) == span.end - span.start:
            offset = span.start
            self.lowered = [lowered[a - offset : b - offset] for a, b in self.tokens]
        else:  # lower() changed the length (rare letters such as "İ")
            self.lowered = [self.raw[a:b].lower() for a, b in self.tokens]
        reporting = self.reporting_words
        self.cue_indices = [i for i, word in enumerate(self.lowered) if word in reporting]
        self.according_matches = (
            list(self.according_pattern.finditer(self.raw, span.start, span.end))
            if self.according_pattern is not None
            else []
        )
        self.according_starts = [match.start() for match in self.according_matches]

    def words(self, start: int, end: int) -> _Words:
        """Return the words of the current section that lie in ``[start, end)``.

        The result is a view into the section's index, so taking the first
        or last few words of a long stretch costs nothing.
        """
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return _Words(self.tokens, first, last, end)

    def cues_in(self, start: int, end: int) -> list[_Cue]:
        pack = self.pack
        found: list[_Cue] = []
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        candidates = self.cue_indices
        low = bisect.bisect_left(candidates, first)
        high = bisect.bisect_left(candidates, last)
        for index in candidates[low:high]:
            word = self.lowered[index]
            participle = word in pack.participles
            token_start, token_end = self.tokens[index]
            if self.in_quote(token_start):
                continue
            previous = self.lowered[index - 1] if index > first else ""
            if previous in pack.negations or previous in pack.passive:
                continue
            if word in pack.noun_like_cues and not self.compiled.noun_like_follower.match(
                self.raw, token_end, end
            ):
                continue
            particles = pack.cue_particles.get(word)
            if particles is not None and (
                index + 1 >= last or self.lowered[index + 1] not in particles
            ):
                continue
            earlier = self.lowered[index - 2] if index - 1 > first else ""
            if earlier in pack.negations and previous in pack.auxiliaries:
                continue
            found.append(
                _Cue(
                    start=token_start,
                    end=token_end,
                    word=self.raw[token_start:token_end],
                    participle=participle,
                )
            )
        matches = self.according_matches
        low = bisect.bisect_left(self.according_starts, start)
        high = bisect.bisect_left(self.according_starts, end)
        found.extend(
            _Cue(start=match.start(), end=match.end(), word=match.group(), according=True)
            for match in matches[low:high]
            if match.end() <= end and not self.in_quote(match.start())
        )
        found.sort(key=lambda cue: cue.start)
        return found

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
        end = trimmed(self.raw, sentence_start, end)[1]
        via: Source | None = None
        if end > sentence_start and self.raw[end - 1] == ",":
            # "X, which ..., said" / "X, citing Y, reported" / "Role, Name, said"
            inner_end = end - 1
            comma = self.raw.rfind(",", sentence_start, inner_end)
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
                else:
                    start = self._phrase_start(sentence_start, comma)
                    segment_start = trimmed(self.raw, comma + 1, inner_end)[0]
                    return (start if start < comma else segment_start), inner_end, via
        start = self._phrase_start(sentence_start, end)
        citing = self.compiled.citing_inside.search(self.raw, start, end)
        if citing is not None and citing.start() > start:
            via = _anonymous_source(self.raw, *trimmed(self.raw, citing.end(), end))
            end = trimmed(self.raw, start, citing.start())[1]
        return start, end, via

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
        position = sentence_start
        comma = self.raw.find(",", sentence_start, end)
        head = self.words(sentence_start, end)
        if comma >= 0 and head:
            opening = read_mention(
                self.raw, sentence_start, comma, self.pack, self.words(sentence_start, comma)
            )
            short = len(self.words(sentence_start, comma)) <= 5
            if self.word_at(*head[0]).lower() in self.pack.sentence_adverbs or (
                short and (opening is None or opening.kind not in {"person", "organisation"})
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
            mention = read_mention(
                self.raw, tokens[0][0], token_end, self.pack, self.words(tokens[0][0], token_end)
            )
            if (mention is not None and mention.kind != "description") or (
                mention is not None and best is None
            ):
                best = mention
        return best

    # -- frames ------------------------------------------------------------

    def after_cue(self, cue: _Cue, stop: int) -> tuple[int, Span | None]:
        """Where the content after a cue starts: past hearer, adverbials and "that"."""
        raw, pack = self.raw, self.pack
        citing = self.compiled.citing_after.match(raw, cue.end, stop)
        if citing is not None:
            return self.after_cue(attrs.evolve(cue, end=citing.end() - 1), stop)
        relative = self.compiled.hearer_relative.match(raw, cue.end, stop)
        if relative is not None:
            # "Putin told Xi, who is expected in Moscow, that ...": the clause is about Xi.
            told = Span(start=relative.start("hearer"), end=relative.end("hearer"))
            return relative.end(), told
        if cue.word.lower() in pack.cue_particles:
            particle = self.words(cue.end, stop)[:1]
            if particle:
                return particle[0][1], None
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
        if cue.word.lower() in pack.objects_of_telling and tokens:
            if that_index is not None and that_index > 0:
                hearer = Span(start=tokens[0][0], end=tokens[that_index - 1][1])
                return tokens[that_index][1], hearer
            first = raw[tokens[0][0] : tokens[0][1]]
            if lowered[0] in pack.hearers or first[:1].isupper():
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


_QUOTED_NAME = regex.compile(r"\p{Lu}[\p{L}\-]*+(?:[ \u00a0][\p{L}\-]++){0,3}+[»”\"]")
_QUOTE_AFTER_CUE = regex.compile(r"\s*+[,:]\s*+(?:``|''|[\"“«„])")


def _anonymous_source(raw: str, start: int, end: int) -> Source | None:
    if start >= end:
        return None
    span = Span(start=start, end=end)
    return Source(
        name=span.of(raw), kind="anonymous", description=span.of(raw), span=span, name_span=span
    )


def extract_statements(
    article: Article,
    language: str | None = None,
    *,
    pack: LanguagePack | None = None,
) -> Extraction:
    """Find the statements and cited sources in ``article``.

    :param language: a built-in pack's language (``"en"``, ``"uk"``, ``"ru"``);
        taken from ``article.meta["language"]`` when ``None``, English if unknown.
    :param pack: the language pack to read with; overrides ``language``.
    """
    if pack is None:
        pack = pack_for(language or str(article.meta.get("language") or "en"))
    reader = _Reader(article, pack)
    return _run(reader)


def _regions(article: Article) -> list[list[Section]]:
    """Group the sections read for statements: unlabelled neighbours (lead, body) are one text.

    A quotation may run from the lead into the body; a labelled section stands alone.
    """
    regions: list[list[Section]] = []
    for section in article.sections:
        if section.kind in _SKIPPED_KINDS or not section.text:
            continue
        if regions and section.label is None and regions[-1][-1].label is None:
            regions[-1].append(section)
        else:
            regions.append([section])
    return regions


def _run(reader: _Reader) -> Extraction:
    for region in _regions(reader.article):
        span = Span(start=region[0].text_span.start, end=region[-1].text_span.end)
        quotes = find_quotes(reader.raw, span.start, span.end)
        reader.quotes.extend(quotes)
        reader.quote_starts.extend(quote.inner.start for quote in quotes)
        reader.index_words(span)
        reader.problems.extend(
            Problem(
                code="statements.unclosed-quote",
                message="a quotation mark is never closed; the quotation runs to"
                " the end of its paragraph",
                severity="info",
                span=Span(start=quote.span.start, end=quote.span.start + 1),
            )
            for quote in quotes
            if not quote.closed
        )
        for section in region:
            before = len(reader.found)
            text_span = section.text_span
            for paragraph in paragraphs(reader.raw, text_span.start, text_span.end):
                for sentence in split_sentences(reader.raw, paragraph.start, paragraph.end, quotes):
                    for piece in _pieces(reader, sentence):
                        _read_sentence(reader, piece)
                _continue_quotes(reader, paragraph.span, quotes, section.text_span)
            if section.kind == "quote":
                _quote_section(reader, section, quotes, before)
    _resolve_forward(reader)
    return _finish(reader)


LONGEST_SENTENCE = 4000
"""How many characters of one sentence are read as one (the longest in the corpus has 1,903).

A longer sentence is read in pieces of at most this length, cut at white
space where there is some, and a ``statements.long-sentence`` problem says
where. Each piece costs at most a fixed amount of work, which keeps
extraction linear in the length of any text.
"""


def _pieces(reader: _Reader, sentence: Span) -> Iterator[Span]:
    """Cut a sentence longer than :data:`LONGEST_SENTENCE` into pieces."""
    raw = reader.raw
    start = sentence.start
    while sentence.end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        blank = raw.rfind(" ", start + LONGEST_SENTENCE // 2, limit)
        cut = max(blank, raw.rfind("\n", start, limit))
        cut = cut + 1 if cut > start else limit
        if start == sentence.start:
            reader.problems.append(
                Problem(
                    code="statements.long-sentence",
                    message=f"a sentence longer than {LONGEST_SENTENCE} characters is read"
                    " in pieces",
                    severity="info",
                    span=Span(start=sentence.start, end=sentence.end),
                )
            )
        yield Span(start=start, end=cut)
        start = cut
    yield Span(start=start, end=sentence.end)


def _read_sentence(reader: _Reader, sentence: Span) -> None:
    raw, pack = reader.raw, reader.pack
    cues = reader.cues_in(sentence.start, sentence.end)
    local: list[_Found] = []
    for index, cue in enumerate(cues):
        if any(
            found.content_span.start <= cue.start < found.content_span.end
            and not _coordinated(raw, found.content_span.start, cue, pack)
            for found in local
        ):
            continue
        next_cue = cues[index + 1] if index + 1 < len(cues) else None
        limit = sentence.end
        if next_cue is not None and _coordinated(raw, cue.end, next_cue, pack):
            limit = _clause_cut(raw, cue.end, next_cue, pack)
        found = _frame(reader, sentence, cue, limit, local)
        if found is not None:
            local.append(found)
    for found in local:
        reader.tracker.record(found.speaker, found.kind)
        reader.found.append(found)


def _coordinated(raw: str, start: int, cue: _Cue, pack: LanguagePack) -> bool:
    """Whether ``cue`` continues the statement before it ("and said", ", adding")."""
    if cue.according:
        return False
    before = words(raw, max(start, cue.start - 30), cue.start)
    if not before:
        return False
    previous = [raw[a:b].lower() for a, b in before[-2:]]
    gap = raw[before[-1][1] : cue.start]
    if cue.participle and "," in raw[max(start, cue.start - 3) : cue.start]:
        return True
    if cue.participle and previous[-1] in pack.coordinators:
        return True
    if previous[-1] in pack.coordinators and not gap.strip():
        return True
    return (
        len(previous) == 2
        and previous[0] in pack.coordinators
        and (previous[1] in pack.auxiliaries)
    )


def _clause_cut(raw: str, start: int, cue: _Cue, pack: LanguagePack) -> int:
    """Where the content before a coordinated cue ends."""
    before = words(raw, max(start, cue.start - 30), cue.start)
    cut = cue.start
    for token_start, token_end in reversed(before):
        lowered = raw[token_start:token_end].lower()
        if lowered in pack.coordinators or lowered in pack.auxiliaries:
            cut = token_start
            continue
        break
    while cut > start and raw[cut - 1] in " \t\r\n\u00a0,":
        cut -= 1
    return cut


def _frame(
    reader: _Reader, sentence: Span, cue: _Cue, limit: int, local: list[_Found]
) -> _Found | None:
    raw, pack = reader.raw, reader.pack
    if cue.according:
        return _according(reader, sentence, cue)
    before = reader.words(sentence.start, cue.start)
    if len(before) == 1 and raw[before[0][0] : before[0][1]].lower() in pack.as_words:
        return _as_reported(reader, sentence, cue)
    left_end = trimmed(raw, sentence.start, cue.start)[1]
    left_text = raw[sentence.start : left_end]
    # Inverted order: '"...," said X.' / '..., — заявил X.'
    if left_text.rstrip(" \t—–-").endswith((",", ',"', ",”", ",»", '?"', "?”", '!"', "!”")) and (
        not cue.participle
    ):
        right = reader.words(cue.end, sentence.end)
        if right:
            stop = _right_phrase_end(reader, cue.end, sentence.end)
            inverted = None
            if reader.trailing_is_adverbial(stop, sentence.end):
                inverted = read_mention(raw, cue.end, stop, pack, reader.words(cue.end, stop))
            if (
                inverted is not None
                and not raw[right[0][0]].isupper()
                and inverted.kind not in {"person", "organisation", "name", "anonymous"}
            ):
                inverted = None  # '..., said the report': a lower-case start must name someone
            if inverted is not None:
                role = _appositive_role(reader, stop, sentence.end)
                if role is not None and inverted.role is None:
                    inverted = attrs.evolve(inverted, role=role)
                return _build(
                    reader, inverted, cue, sentence, content=(sentence.start, left_end), limit=None
                )
    if cue.participle:
        return _participle(reader, sentence, cue, limit, local)
    phrase_start, phrase_end, via = reader.left_phrase(sentence.start, cue.start)
    if phrase_start >= phrase_end:
        return _coordinated_cue(reader, sentence, cue, limit, local)
    mention = _mention(reader, phrase_start, phrase_end)
    relative = reader.compiled.relative_before.search(
        raw, max(sentence.start, phrase_start - 12), phrase_start
    )
    if mention is None and relative is not None:
        # "A senior official who spoke on condition of anonymity said": skip the clause.
        head_start = reader._phrase_start(sentence.start, relative.start())
        if head_start < relative.start():
            phrase_start, phrase_end = head_start, trimmed(raw, head_start, relative.start())[1]
            mention = _mention(reader, phrase_start, phrase_end)
    if mention is None:
        return _coordinated_cue(reader, sentence, cue, limit, local)
    content_start, hearer = reader.after_cue(cue, limit)
    citing = reader.compiled.citing_after.match(raw, cue.end, limit)
    if citing is not None and via is None:
        cited = reader.words(citing.start(), citing.end())
        via = _anonymous_source(raw, cited[1][0], cited[-1][1]) if len(cited) > 1 else None
    before_phrase = trimmed(raw, sentence.start, phrase_start)[1]
    content_words_before = reader.words(sentence.start, before_phrase)
    written_before = raw[sentence.start : before_phrase].rstrip(" \t—–-")
    quoted_before = written_before.endswith(('"', "”", "»", "''"))
    separated = written_before.rstrip(_QUOTE_CHARACTERS).endswith((",", ".", "?", "!"))
    if not separated and "," in raw[phrase_start:phrase_end]:
        # "..., the company's vice chair and president, Brad Smith, said": the role
        # before the name was cut at "and"; the content ends at the comma before it.
        comma = raw.rfind(",", sentence.start, phrase_start)
        if comma > sentence.start and len(reader.words(comma, phrase_start)) <= 6:
            before_phrase = comma + 1
            content_words_before = reader.words(sentence.start, comma)
            separated = True
    quote_follows = _QUOTE_AFTER_CUE.match(raw, cue.end if hearer is None else hearer.end, limit)
    if (
        separated
        and quote_follows is None
        and (quoted_before or len(content_words_before) >= 3)
        and reader.trailing_is_adverbial(cue.end if hearer is None else hearer.end, sentence.end)
    ):
        end = max(raw.rfind(",", sentence.start, before_phrase + 1), sentence.start)
        if quoted_before:
            end = before_phrase
        return _build(
            reader,
            mention,
            cue,
            sentence,
            content=(sentence.start, end),
            limit=None,
            via=via,
            hearer=hearer,
        )
    if quote_follows is not None:
        content_start = quote_follows.end() - 1
    if content_start >= limit:
        # "Costa replied:" with the quotation in the next sentence: handled as continuation.
        return None
    return _build(
        reader,
        mention,
        cue,
        sentence,
        content=(content_start, limit),
        limit=limit,
        via=via,
        hearer=hearer,
    )


def _appositive_role(reader: _Reader, start: int, end: int) -> str | None:
    """Return the role given after a name ("said John Healey, the defence secretary")."""
    raw = reader.raw
    found = reader.compiled.appositive.match(raw, start, end)
    if found is None:
        return None
    return str(found.group("role"))


def _as_reported(reader: _Reader, sentence: Span, cue: _Cue) -> _Found | None:
    """Read "As X reported, ...", "Як писала «X» з посиланням на ..., ...", "Как сообщал X, ..."."""
    raw = reader.raw
    comma = raw.find(",", cue.end, sentence.end)
    if comma < 0:
        return None
    phrase_start, phrase_end = trimmed(raw, cue.end, comma)
    via: Source | None = None
    citing = reader.compiled.citing_inside.search(raw, phrase_start, phrase_end)
    if citing is not None and citing.start() > phrase_start:
        via = _anonymous_source(raw, *trimmed(raw, citing.end(), phrase_end))
        phrase_end = trimmed(raw, phrase_start, citing.start())[1]
    content_start = comma + 1
    trailing_citing = reader.compiled.citing_after.match(raw, comma, sentence.end)
    if trailing_citing is not None:  # "Як повідомляло видання «Трибуна», посилаючись на ..., ..."
        cited = reader.words(trailing_citing.start(), trailing_citing.end())
        if len(cited) > 1:
            via = _anonymous_source(raw, cited[1][0], cited[-1][1])
        content_start = trailing_citing.end()
    mention = _mention(reader, phrase_start, phrase_end)
    if mention is None:
        stripped = trimmed(raw, phrase_start, phrase_end)
        text = raw[stripped[0] : stripped[1]]
        if not text.strip(_QUOTE_CHARACTERS):
            return None
        name = text.strip(_QUOTE_CHARACTERS + " ")
        mention = Mention(
            span=Span(start=stripped[0], end=stripped[1]),
            text=text,
            kind="organisation",
            name=name,
            head=name.split()[-1].lower(),
        )
    return _build(
        reader, mention, cue, sentence, content=(content_start, sentence.end), limit=None, via=via
    )


def _right_phrase_end(reader: _Reader, start: int, end: int) -> int:
    tokens = reader.words(start, end)
    stop = start
    for token_start, token_end in tokens:
        gap = reader.raw[stop:token_start]
        if stop > start and _LEFT_STOP.search(gap):
            break
        word = reader.raw[token_start:token_end].lower()
        if stop > start and (
            word in reader.pack.adverbial_starts or word in reader.pack.clause_words
        ):
            break
        stop = token_end
    return stop


def _mention(reader: _Reader, start: int, end: int) -> Mention | None:
    raw, pack = reader.raw, reader.pack
    comma = raw.find(",", start, end)
    if comma >= 0:
        # An appositive: "The IMF's mission chief, Gavin Gray," / "Name, Head of X,"
        first = read_mention(raw, start, comma, pack, reader.words(start, comma))
        second = read_mention(raw, comma + 1, end, pack, reader.words(comma + 1, end))
        people = {"person", "name"}

        def pure(mention: Mention | None) -> bool:
            return mention is not None and mention.kind in people and mention.role is None

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
    tokens = reader.words(start, end)
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
                return _mention(reader, capitalised[0][0], tokens[-1][1])
            if written[:1].islower():
                # "У компанії заявили": the body spoken of before.
                return Mention(
                    span=inner,
                    text=inner.of(raw),
                    kind="description",
                    name=written,
                    head=written.split()[-1].lower(),
                )
            known = reader.tracker.find(written)
            name = known.name if known is not None else pack.morphology.nominative(written)
            return Mention(
                span=inner,
                text=inner.of(raw),
                kind="organisation",
                name=name,
                head=written.split()[-1].lower(),
            )
    return read_mention(raw, start, end, pack, reader.words(start, end))


def _coordinated_cue(
    reader: _Reader, sentence: Span, cue: _Cue, limit: int, local: list[_Found]
) -> _Found | None:
    """Read a cue after "and"/"but" with no speaker of its own: the subject speaks."""
    raw = reader.raw
    before = reader.words(sentence.start, cue.start)
    previous = [raw[a:b].lower() for a, b in before[-3:]]
    if not any(word in reader.pack.coordinators for word in previous):
        return None
    if local:
        last = local[-1]
        content_start, hearer = reader.after_cue(cue, limit)
        return _same_speaker(
            reader, last, cue, sentence, content=(content_start, limit), hearer=hearer
        )
    mention = reader.subject(sentence.start, cue.start)
    if mention is None:
        return None
    content_start, hearer = reader.after_cue(cue, limit)
    return _build(
        reader, mention, cue, sentence, content=(content_start, limit), limit=limit, hearer=hearer
    )


def _same_speaker(
    reader: _Reader,
    last: _Found,
    cue: _Cue,
    sentence: Span,
    *,
    content: tuple[int, int],
    hearer: Span | None,
) -> _Found | None:
    """Read a coordinated or participial cue as said by the sentence's last speaker."""
    return _found_from(
        reader,
        speaker=last.speaker,
        kind=last.kind,
        resolved=True,
        cue=cue,
        sentence=sentence,
        content=content,
        speaker_span=None,
        hearer=hearer,
    )


def _participle(
    reader: _Reader, sentence: Span, cue: _Cue, limit: int, local: list[_Found]
) -> _Found | None:
    raw = reader.raw
    content_start, hearer = reader.after_cue(cue, limit)
    if content_start >= limit:
        return None
    left = raw[sentence.start : cue.start].rstrip()
    if not left.endswith(","):
        phrase_start, phrase_end, _ = reader.left_phrase(sentence.start, cue.start)
        mention = _mention(reader, phrase_start, phrase_end) if phrase_start < phrase_end else None
        if mention is not None and mention.kind in {"person", "organisation", "name"}:
            return _build(
                reader,
                mention,
                cue,
                sentence,
                content=(content_start, limit),
                limit=limit,
                hearer=hearer,
            )
        if not local and not left.endswith((" and", " but")):
            return None
    if local:
        last = local[-1]
        return _same_speaker(
            reader, last, cue, sentence, content=(content_start, limit), hearer=hearer
        )
    mention = reader.subject(sentence.start, cue.start)
    if mention is None:
        return None
    return _build(
        reader, mention, cue, sentence, content=(content_start, limit), limit=limit, hearer=hearer
    )


def _according(reader: _Reader, sentence: Span, cue: _Cue) -> _Found | None:
    raw, pack = reader.raw, reader.pack
    comma = raw.find(",", cue.end, sentence.end)
    at_start = not reader.words(sentence.start, cue.start)
    excluded: Span | None = None
    if at_start and comma > 0:
        phrase_start, phrase_end = trimmed(raw, cue.end, comma)
        content_start, content_end = comma + 1, sentence.end
    else:
        phrase_start, phrase_end = trimmed(raw, cue.end, sentence.end)
        content_start = sentence.start
        content_end = raw.rfind(",", sentence.start, cue.start)
        if content_end < 0:
            return None
        stop = raw.find(",", phrase_start, phrase_end)
        if stop > 0:
            phrase_end = stop
            if len(reader.words(stop, sentence.end)) >= 2:
                # "Russia, according to Kyiv, launched 50 drones": the clause is parenthetical.
                excluded = Span(start=content_end, end=stop + 1)
                content_end = sentence.end
    phrase_start = _skip_data_words(reader, phrase_start, phrase_end)
    owner_end = _data_owner(reader, phrase_start, phrase_end)
    if owner_end is not None:
        phrase_end = owner_end
    tokens = reader.words(phrase_start, phrase_end)
    in_cue = [word for word in cue.word.lower().split() if word in pack.possessives]
    if in_cue or (tokens and raw[tokens[0][0] : tokens[0][1]].lower() in pack.possessives):
        # "За його словами" / "По её словам": the person last spoken of.
        where = (
            Span(start=cue.start, end=cue.end)
            if in_cue
            else Span(start=tokens[0][0], end=tokens[0][1])
        )
        pronoun = Mention(
            span=where,
            text=reader.compiled.according_lead_pronoun,
            kind="pronoun",
            name=where.of(raw),
            head="",
        )
        return _build(
            reader,
            pronoun,
            cue,
            sentence,
            content=(content_start, content_end),
            limit=None,
            excluded=excluded,
        )
    if len(tokens) > 1 and raw[tokens[-1][0] : tokens[-1][1]].lower() in pack.according_trailing:
        phrase_end = tokens[-2][1]
    mention = read_mention(
        raw, phrase_start, phrase_end, pack, reader.words(phrase_start, phrase_end)
    )
    if mention is None:
        return None
    if mention.kind == "pronoun" or (
        tokens and raw[tokens[0][0] : tokens[0][1]].lower() in pack.object_pronouns
    ):
        mention = attrs.evolve(mention, kind="pronoun", text=reader.compiled.according_lead_pronoun)
    return _build(
        reader,
        mention,
        cue,
        sentence,
        content=(content_start, content_end),
        limit=None,
        excluded=excluded,
    )


def _earlier_name(reader: _Reader, mention: Mention) -> Mention | None:
    """For "the agency", the last "... Agency" named before it."""
    head = mention.head
    if not head.isalpha():
        return None
    cache = reader.compiled.named_before
    pattern = cache.get(head)
    if pattern is None:
        pattern = regex.compile(
            r"(?:\p{Lu}[\p{L}'’\-]*[ \u00a0](?:(?:"
            + reader.compiled.inner_connectors
            + r")[ \u00a0])?){1,6}"
            + regex.escape(head.capitalize())
            + r"(?![\p{L}])"
        )
        cache[head] = pattern
    matches = list(pattern.finditer(reader.raw, 0, mention.span.start))
    if not matches:
        return None
    last = matches[-1]
    span = Span(start=last.start(), end=last.end())
    return Mention(
        span=mention.span,
        text=mention.text,
        kind="organisation",
        name=_without_article(reader, span.of(reader.raw)),
        head=head,
    )


def _without_article(reader: _Reader, name: str) -> str:
    """Return a name without its leading article ("The Agency" gives "Agency")."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in reader.pack.articles and first[:1].isupper():
        return rest.strip()
    return name.strip()


_ACRONYM = regex.compile(r"\p{Lu}{2,6}+")


def _spelled_out(reader: _Reader, acronym: str) -> str | None:
    """Return the name an acronym stands for, where the text spells it out."""
    raw = reader.raw
    cache = reader.compiled.spelled
    pattern = cache.get(acronym)
    if pattern is None:
        joiner = r"[ \u00a0](?:(?:" + reader.compiled.acronym_joiners + r")[ \u00a0])?"
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


def _skip_data_words(reader: _Reader, start: int, end: int) -> int:
    """Skip "data from", "figures from", "a statement by" after "according to"."""
    found = reader.compiled.data_words.match(reader.raw, start, end)
    return found.end() if found else start


def _data_owner(reader: _Reader, start: int, end: int) -> int | None:
    """In "the RBA's updated forecasts", where the owner's name ends; else ``None``."""
    found = reader.compiled.owned_data.match(reader.raw, start, end)
    return found.end("owner") if found else None


def _build(
    reader: _Reader,
    mention: Mention,
    cue: _Cue,
    sentence: Span,
    *,
    content: tuple[int, int],
    limit: int | None,
    via: Source | None = None,
    hearer: Span | None = None,
    excluded: Span | None = None,
) -> _Found | None:
    if mention.kind == "description" and mention.head in reader.pack.groups:
        return None
    if (
        mention.kind == "description"
        and mention.text.lower().startswith("the ")
        and mention.head in reader.pack.organisations
    ):
        named = _earlier_name(reader, mention)
        if named is not None:
            mention = named
    acronym = mention.kind in {"organisation", "name"} and _ACRONYM.fullmatch(mention.name)
    if acronym and reader.tracker.find(mention.name) is None:
        spelled = _spelled_out(reader, mention.name)
        if spelled is not None:
            mention = attrs.evolve(mention, kind="organisation", name=spelled)
    speaker, kind, resolved = reader.tracker.resolve(mention)
    return _found_from(
        reader,
        speaker=speaker,
        kind=kind,
        resolved=resolved,
        cue=cue,
        sentence=sentence,
        content=content,
        speaker_span=mention.span,
        hearer=hearer,
        via=via,
        excluded=excluded,
    )


def _found_from(
    reader: _Reader,
    *,
    speaker: Speaker,
    kind: MentionKind,
    resolved: bool,
    cue: _Cue,
    sentence: Span,
    content: tuple[int, int],
    speaker_span: Span | None,
    hearer: Span | None,
    via: Source | None = None,
    excluded: Span | None = None,
) -> _Found | None:
    raw = reader.raw
    content_start, content_end = content
    content_start = trimmed(raw, content_start, content_end)[0]
    quote = reader.quote_at(content_start, content_start + 1)
    if quote is not None and quote.span.start == content_start and quote.span.end > content_end:
        content_end = quote.span.end
    start, end = _strip_content(raw, content_start, content_end, reader.pack)
    if cue.word.lower() in reader.pack.object_cues:
        # "accused the West of ... and thanked China": the next predicate is narration.
        for narration in reader.compiled.next_predicate.finditer(raw, start, end):
            if not reader.in_quote(narration.start()):
                end = _strip_content(raw, start, narration.start(), reader.pack)[1]
                break
    content_words = reader.words(start, end)
    if end - start < 2 or not content_words:
        return None
    if len(content_words) == 1 and reader.quote_at(start, start + 1) is None:
        return None  # "words altered, added, and": a lone unquoted word says nothing
    span_start = min(sentence.start, start)
    span_end = max(sentence.end, end)
    return _Found(
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
    )


def _continue_quotes(reader: _Reader, paragraph: Span, quotes: list[Quote], section: Span) -> None:
    """Continue an attributed quotation with the one right after it that has no cue.

    Only statements of the same section are continued: a quotation under a new
    label starts afresh.
    """
    raw = reader.raw
    recent = [
        found
        for found in reader.found[-_CONTINUATION_WINDOW:]  # far back cannot be continued
        if section.start <= found.span.start
    ]
    for quote in quotes:
        if not paragraph.start <= quote.span.start < paragraph.end:
            continue
        if any(
            found.content_span.start <= quote.inner.start < found.content_span.end + 2
            or found.span.start <= quote.span.start < found.span.end
            for found in recent
        ):
            continue
        previous = [f for f in recent if f.span.end <= quote.span.start]
        if not previous:
            continue
        last = max(previous, key=lambda found: found.span.end)
        between = raw[last.span.end : quote.span.start]
        colon_cue = last.content_span.end <= last.cue_span.end if last.cue_span else False
        adjacent = not reader.words(last.span.end, quote.span.start)
        direct_before = any(
            c in raw[last.content_span.start - 1 : last.content_span.end + 1]
            for c in _QUOTE_CHARACTERS
        )
        if not adjacent or not (direct_before or colon_cue or between.strip() == ""):
            continue
        start, end = _strip_content(raw, quote.span.start, quote.span.end, reader.pack)
        if end <= start:
            continue
        reader.found.append(
            attrs.evolve(
                last,
                content_span=Span(start=start, end=end),
                span=quote.span,
                speaker_span=None,
                via=None,
                hearer=None,
            )
        )
        reader.tracker.record(last.speaker, last.kind)


def _quote_section(reader: _Reader, section: Section, quotes: list[Quote], before: int) -> None:
    """Give an unattributed quotation opening a Quote section to the article's speaker."""
    raw = reader.raw
    covered = reader.found[before:]
    first = paragraphs(raw, section.text_span.start, section.text_span.end)
    if not first:
        return
    opening = next((q for q in quotes if q.span.start == first[0].start), None)
    target = opening.span if opening is not None else first[0].span
    if any(
        found.content_span.start <= target.start + 1 <= found.content_span.end for found in covered
    ):
        return
    speaker = _quote_speaker(reader)
    if speaker is None:
        return
    start, end = _strip_content(raw, target.start, target.end, reader.pack)
    if end <= start:
        return
    reader.found.append(
        _Found(
            speaker=speaker,
            kind="person",
            resolved=True,
            cue=section.label or "Quote",
            cue_span=None,
            content_span=Span(start=start, end=end),
            span=target,
            speaker_span=None,
        )
    )


def _start_of(token: tuple[int, int]) -> int:
    return token[0]


def _quote_speaker(reader: _Reader) -> Speaker | None:
    tracker = reader.tracker
    for source in reader.article.sources:
        if source.kind in {"interview", "news agency", "newspaper", "broadcast", "website"}:
            continue
        known = tracker.find(source.name)
        if known is not None and next(
            (k.kind for k in tracker.known if k.speaker == known), None
        ) in {"person", "name"}:
            return known
    lead = reader.article.section("lead")
    for found in reader.found:
        if lead is not None and lead.span.contains(found.span) and found.kind in {"person", "name"}:
            return found.speaker
    people = [found for found in reader.found if found.kind in {"person", "name"}]
    return people[0].speaker if people else None


def _resolve_forward(reader: _Reader) -> None:
    """Descriptions no earlier speaker explains ("its chief executive") name the next person."""
    later: _Found | None = None
    # Walk backwards, so that the next resolved person is known at every step.
    for index in range(len(reader.found) - 1, -1, -1):
        found = reader.found[index]
        if not found.resolved and later is not None and found.kind == "description":
            role = found.speaker.name
            reader.found[index] = attrs.evolve(
                found,
                speaker=Speaker(name=later.speaker.name, role=later.speaker.role or role),
                kind="person",
                resolved=True,
            )
        if found.kind == "person" and found.resolved:
            later = found


def _finish(reader: _Reader) -> Extraction:
    raw = reader.raw
    sources: list[Source] = []
    statements: list[Statement] = []
    article_sources = list(reader.article.sources)
    anonymous_heads: set[str] = set()
    for found in reader.found:
        source = _cited_source(reader, found, anonymous_heads)
        if source is not None and all(
            s.name.casefold() != source.name.casefold() for s in sources + article_sources
        ):
            sources.append(source)
        link = source or _matching_source(found.speaker, article_sources + sources)
        written = raw[found.content_span.start : found.content_span.end]
        if found.excluded is not None:
            offset = found.content_span.start
            written = (
                written[: found.excluded.start - offset]
                + " "
                + written[found.excluded.end - offset :]
            )
        content = _clean(written)
        around = raw[max(0, found.content_span.start - 1) : found.content_span.end + 1]
        direct = found.cue_span is None or _QUOTED.search(around) is not None
        statements.append(
            Statement(
                speaker=found.speaker,
                cue=found.cue,
                content=content,
                direct=direct,
                span=found.span,
                cue_span=found.cue_span,
                content_span=found.content_span,
                speaker_span=found.speaker_span,
                source=link,
            )
        )
    unique: list[Statement] = []
    seen: set[Span | None] = set()
    for statement in statements:
        if statement.content_span not in seen:
            seen.add(statement.content_span)
            unique.append(statement)
    return Extraction(
        statements=tuple(unique), sources=tuple(sources), problems=tuple(reader.problems)
    )


def _cited_source(reader: _Reader, found: _Found, anonymous_heads: set[str]) -> Source | None:
    raw = reader.raw
    speaker_phrase = found.speaker_span if found.kind not in {"pronoun", "anonymous"} else None
    for phrase in (found.hearer, speaker_phrase):
        if phrase is None:
            continue
        outlet = find_outlet(raw, phrase)
        if (
            outlet is None
            and phrase == found.speaker_span
            and found.kind != "person"
            and (found.via is not None or _QUOTED.search(phrase.of(raw)) is not None)
        ):
            # "Kathimerini reported, citing an official": who reports citing sources, or
            # is named in quotation marks («Трибуна»), is a news outlet.
            outlet = (phrase, "newspaper")
        phrase_end = phrase.end
        while phrase_end > phrase.start and raw[phrase_end - 1] in _QUOTE_CHARACTERS:
            phrase_end -= 1
        if outlet is not None and phrase == found.speaker_span and outlet[0].end < phrase_end:
            outlet = None  # "Reuters correspondent John Doe" is a person, not the outlet
        if outlet is not None:
            name_span, kind = outlet
            return Source(
                name=name_span.of(raw).strip(_QUOTE_CHARACTERS),
                kind=kind,
                description=phrase.of(raw),
                span=phrase,
                name_span=name_span,
                via=found.via if phrase == found.speaker_span else None,
            )
    if found.kind == "anonymous" and found.speaker_span is not None:
        head = found.speaker.name.split()[-1].lower()
        if head in anonymous_heads:
            return None
        anonymous_heads.add(head)
        return Source(
            name=found.speaker.name,
            kind="anonymous",
            description=found.speaker_span.of(raw),
            span=found.speaker_span,
            name_span=found.speaker_span,
        )
    return None


def _matching_source(speaker: Speaker, sources: list[Source]) -> Source | None:
    last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    for source in sources:
        if last and last in source.name.lower():
            return source
    return None
