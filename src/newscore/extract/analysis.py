"""One analysed text per article, shared by every stage of the engine.

:func:`analyse` reads an article once: the regions the engine reads (its
sections but the source line, unlabelled neighbours joined), their
quotations (nested and unbalanced ones included, see
:mod:`newscore.extract.segments`), paragraphs and sentences, and every word
with its offsets and lower-case form. The frames, the entity tracker and the
orchestration then look words up in this index; none splits words again.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

import attrs
import regex

from newscore.extract.compiled import compiled
from newscore.extract.segments import Quote, find_quotes, split_sentences
from newscore.model import Article, Problem, Section, Span
from newscore.toolkit.layout import paragraphs

if TYPE_CHECKING:
    from newscore.extract.packs.pack import LanguagePack

__all__ = [
    "LONGEST_SENTENCE",
    "Analysis",
    "Cue",
    "Paragraph",
    "Region",
    "WordView",
    "analyse",
]

LONGEST_SENTENCE = 4000
"""How many characters of one sentence are read as one (the longest in the corpus has 1,903).

A longer sentence is read in pieces of at most this length, cut at white
space where there is some, and a ``statements.long-sentence`` problem says
where. Each piece costs at most a fixed amount of work, which keeps
extraction linear in the length of any text.
"""

_SKIPPED_KINDS = frozenset({"source"})
_FIRST = operator.itemgetter(0)
_SPAN = re.Match.span
# The standard library's engine is faster for this one simple, linear pattern.
_WORD = re.compile(r"[^\W_](?:[\w'’ʼ\-.]*[^\W_])?")


@attrs.frozen(kw_only=True)
class Cue:
    """A reporting cue found in a sentence.

    :param start: where the cue starts in the raw text.
    :param end: where it ends.
    :param word: the cue as written ("said", "according to").
    :param participle: whether it is a participle (", adding that").
    :param according: whether it is an according-to phrase.
    :param particle: for a separable verb (German "fügte ... hinzu"), where
        its particle stands.
    """

    start: int
    end: int
    word: str
    participle: bool = False
    according: bool = False
    particle: Span | None = None


class WordView(Sequence[tuple[int, int]]):
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

    @property
    def first(self) -> int:
        """The index of the view's first word in the article's word list."""
        return self._first

    def __len__(self) -> int:
        return self._last - self._first

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> WordView: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | WordView:
        if type(index) is int:  # the hot path: one word, no len() calls
            first, last = self._first, self._last
            at = index + (last if index < 0 else first)
            if not first <= at < last:
                raise IndexError(index)
            token_start, token_end = self._tokens[at]
            bound = self._bound
            return (token_start, token_end if token_end < bound else bound)
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("word views only take contiguous slices")
            return WordView(self._tokens, self._first + start, self._first + stop, self._bound)
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
            yield (token_start, token_end if token_end < bound else bound)


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of a section and its sentences (long ones already cut in pieces)."""

    span: Span
    sentences: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class Region:
    """Sections read as one text (a quotation may run from the lead into the body).

    :param span: from the first section's text to the last one's.
    :param sections: the sections, in order.
    :param quotes: the region's quotations.
    :param paragraphs: each section's paragraphs, parallel to ``sections``.
    """

    span: Span
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...]
    paragraphs: tuple[tuple[Paragraph, ...], ...]


def _group(article: Article) -> list[list[Section]]:
    """Group the sections read for statements: unlabelled neighbours (lead, body) are one text.

    A labelled section stands alone.
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


class Analysis:
    """The analysed text of one article (build it with :func:`analyse`).

    :ivar raw: the article's raw text.
    :ivar regions: the regions read, in text order.
    :ivar quotes: every quotation of the regions, in text order.
    :ivar tokens: every word of the regions as ``(start, end)``.
    :ivar starts: each word's start (parallel to ``tokens``).
    :ivar lowered: each word in lower case (parallel to ``tokens``).
    :ivar problems: what the analysis noticed (unclosed quotations, long sentences).
    """

    def __init__(self, article: Article, pack: LanguagePack) -> None:
        self.article = article
        self.raw = raw = article.raw
        self.pack = pack
        self._compiled = compiled(pack)
        self.problems: list[Problem] = []
        self.quotes: list[Quote] = []
        self.tokens: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.lowered: list[str] = []
        self._quote_starts: list[int] = []
        self._cue_indices: list[int] = []
        self._cue_starts: list[int] = []  # each candidate's start (parallel to _cue_indices)
        self._according: list[regex.Match[str]] = []
        self._according_starts: list[int] = []
        regions: list[Region] = []
        for group in _group(article):
            span = Span(start=group[0].text_span.start, end=group[-1].text_span.end)
            quotes = find_quotes(raw, span.start, span.end, pack.quote_pairs)
            self.quotes.extend(quotes)
            self._quote_starts.extend(quote.inner.start for quote in quotes)
            self._index(span)
            self.problems.extend(
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
            regions.append(
                Region(
                    span=span,
                    sections=tuple(group),
                    quotes=tuple(quotes),
                    paragraphs=tuple(self._paragraphs(section, quotes) for section in group),
                )
            )
        self.regions: tuple[Region, ...] = tuple(regions)

    def _index(self, span: Span) -> None:
        raw = self.raw
        tokens = list(map(_SPAN, _WORD.finditer(raw, span.start, span.end)))
        base = len(self.tokens)
        self.tokens.extend(tokens)
        self.starts.extend(map(_FIRST, tokens))
        lowered = raw[span.start : span.end].lower()
        # Case does not change what is a word: the lower-case text splits into the
        # same words, found in C. Where lower() changed the length ("İ"), or the words
        # differ in number, each word is lowered on its own.
        forms: list[str] = _WORD.findall(lowered) if len(lowered) == span.end - span.start else []
        if len(forms) != len(tokens):
            forms = [raw[a:b].lower() for a, b in tokens]
        self.lowered.extend(forms)
        reporting = self._compiled.reporting_words
        cue_indices = list(
            itertools.compress(itertools.count(base), map(reporting.__contains__, forms))
        )
        self._cue_indices.extend(cue_indices)
        self._cue_starts.extend(map(self.starts.__getitem__, cue_indices))
        pattern = self._compiled.according
        if pattern is not None:
            found = list(pattern.finditer(raw, span.start, span.end))
            self._according.extend(found)
            self._according_starts.extend(match.start() for match in found)

    def _paragraphs(self, section: Section, quotes: list[Quote]) -> tuple[Paragraph, ...]:
        raw = self.raw
        text_span = section.text_span
        return tuple(
            Paragraph(
                span=paragraph.span,
                sentences=tuple(
                    piece
                    for sentence in split_sentences(
                        raw,
                        paragraph.start,
                        paragraph.end,
                        quotes,
                        self._compiled.abbreviation,
                        ordinal=self._compiled.ordinal,
                    )
                    for piece in (
                        self._pieces(sentence)
                        if sentence.end - sentence.start > LONGEST_SENTENCE
                        else (sentence,)  # most sentences: no generator, no copy
                    )
                ),
            )
            for paragraph in paragraphs(raw, text_span.start, text_span.end)
        )

    def _pieces(self, sentence: Span) -> Iterator[Span]:
        """Cut a sentence longer than :data:`LONGEST_SENTENCE` into pieces."""
        raw = self.raw
        start = sentence.start
        while sentence.end - start > LONGEST_SENTENCE:
            limit = start + LONGEST_SENTENCE
            blank = raw.rfind(" ", start + LONGEST_SENTENCE // 2, limit)
            cut = max(blank, raw.rfind("\n", start, limit))
            cut = cut + 1 if cut > start else limit
            if start == sentence.start:
                self.problems.append(
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

    # -- look-ups ----------------------------------------------------------

    def words(self, start: int, end: int) -> WordView:
        """Return the words that start in ``[start, end)``, the last one cut at ``end``.

        The result is a view into the article's index, so taking the first
        or last few words of a long stretch costs nothing.
        """
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return WordView(self.tokens, first, last, end)

    def in_quote(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation (between its marks)."""
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return index >= 0 and position < self.quotes[index].inner.end

    def quote_at(self, start: int, end: int) -> Quote | None:
        """Return the quotation (marks included) that holds ``[start, end)``, if any."""
        index = bisect.bisect_right(self._quote_starts, start) - 1
        # _quote_starts holds inner starts, one past the opening mark: look one further.
        for candidate in (index, index + 1):
            if 0 <= candidate < len(self.quotes):
                quote = self.quotes[candidate]
                if quote.span.start <= start and quote.span.end >= end:
                    return quote
        return None

    def cues_in(self, start: int, end: int) -> list[Cue]:
        """Return the reporting cues in ``[start, end)`` (one sentence), in text order.

        A cue inside a quotation, negated ("did not say"), passive ("was
        reported"), a noun ("the United States") or without the particle it
        needs ("called on") is left out.
        """
        pack, raw, lowered = self.pack, self.raw, self.lowered
        found: list[Cue] = []
        candidates = self._cue_indices
        low = bisect.bisect_left(self._cue_starts, start)
        high = bisect.bisect_left(self._cue_starts, end)
        first = last = 0  # most sentences hold no candidate: no look-up of their words
        if low < high:
            first = bisect.bisect_left(self.starts, start)
            last = bisect.bisect_left(self.starts, end)
        for index in candidates[low:high]:
            word = lowered[index]
            token_start, token_end = self.tokens[index]
            if self.in_quote(token_start):
                continue
            previous = lowered[index - 1] if index > first else ""
            if previous in pack.negations or previous in pack.passive:
                continue
            if word in pack.noun_like_cues and not self._compiled.noun_like_follower.match(
                raw, token_end, end
            ):
                continue
            particles = pack.cue_particles.get(word)
            if particles is not None and (index + 1 >= last or lowered[index + 1] not in particles):
                continue
            earlier = lowered[index - 2] if index - 1 > first else ""
            if earlier in pack.negations and previous in pack.auxiliaries:
                continue
            particle: Span | None = None
            separable = pack.separable_particles.get(word)
            if separable is not None:
                # The particle closes the clause: punctuation or the sentence end follows it.
                at = next(
                    (
                        i
                        for i in range(index + 1, min(last, index + 40))
                        if lowered[i] in separable
                        and (
                            i + 1 >= last
                            or not raw[self.tokens[i][1] : self.starts[i + 1]].isspace()
                        )
                    ),
                    None,
                )
                if at is None:
                    continue  # "teilte ... mit": without its particle the verb is no cue
                particle = Span(start=self.tokens[at][0], end=self.tokens[at][1])
            if pack.negations_after and self._negated_after(index, last):
                continue
            found.append(
                Cue(
                    start=token_start,
                    end=token_end,
                    word=raw[token_start:token_end],
                    participle=word in pack.participles,
                    particle=particle,
                )
            )
        matches = self._according
        low = bisect.bisect_left(self._according_starts, start)
        high = bisect.bisect_left(self._according_starts, end)
        found.extend(
            Cue(
                start=match.start(),
                end=match.end(),
                word=" ".join(match.group().split()),  # a phrase wrapped over two lines
                according=True,
            )
            for match in matches[low:high]
            if match.end() <= end and not self.in_quote(match.start())
        )
        found.sort(key=lambda cue: cue.start)
        return found

    def _negated_after(self, index: int, last: int) -> bool:
        """Whether a negation closes the cue's clause within a few words ("sagte er nicht")."""
        lowered, tokens, raw = self.lowered, self.tokens, self.raw
        stop = min(last, index + 1 + self.pack.negations_after)
        for at in range(index + 1, stop):
            if not raw[tokens[at - 1][1] : tokens[at][0]].isspace():
                return False  # punctuation first: the negation is the content's
            if lowered[at] in self.pack.negations:
                return at + 1 >= last or not raw[tokens[at][1] : tokens[at + 1][0]].isspace()
        return False


def analyse(article: Article, pack: LanguagePack) -> Analysis:
    """Analyse ``article`` once for the engine: regions, quotations, sentences and words."""
    return Analysis(article, pack)
