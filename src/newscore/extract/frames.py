"""Frames of news attribution, as objects tried in order.

A frame reads one reporting cue in its sentence and returns the statement it
finds there, or ``None`` to let the next frame try. The standard frames, in
the order :data:`STANDARD_FRAMES` tries them:

- ``according-to``: "According to X, ...", "..., according to data from X",
  "За словами X, ...";
- ``as-reported``: "As X reported, ...", "Як повідомляв X, ...";
- ``inverted`` (content, cue, speaker): '"...," said X.', "..., — заявил X.";
- ``participle``: "..., adding that ...", "X said ..., saying ...";
- ``speaker-cue-content``: "X said (that) ...", "X told reporters that ...",
  and "..., X said."; its statements whose content is a quotation after a
  colon are named ``colon-quote`` ("Costa replied: '...'");
- ``verb-final`` (for packs with :attr:`~LanguagePack.final_auxiliaries`):
  the cue after an auxiliary at the clause end, "Merz hat vor X gewarnt";
- ``verb-second`` (for packs with :attr:`~LanguagePack.verb_second`): the cue
  before its subject, "Am Montag sagte Merz, ...";
- ``coordinated``: "... and said ...", with the subject of the sentence.

Two passes run over the whole article after the frames: ``continuation``
(a quotation right after an attributed one continues it) and
``quote-section`` (an unattributed quotation opening a ``Quote:`` section
belongs to the article's main speaker).

A pack lists its frames in :attr:`LanguagePack.frames`; a plugin adds one by
writing an object with a ``name`` and a ``read`` method (see :class:`Frame`)
and handing it to :func:`newscore.extract.make_extractor`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from newscore.extract.analysis import Cue
from newscore.extract.context import (
    _QUOTE_AFTER_CUE,
    _QUOTE_CHARACTERS,
    Context,
    Found,
    _anonymous_source,
    _appositive_role,
    _data_owner,
    _right_phrase_end,
    _skip_data_words,
    _strip_content,
    build,
    carry,
    mention_at,
)
from newscore.extract.segments import Quote
from newscore.extract.speakers import Mention, read_mention
from newscore.model import Section, Source, Span, Speaker
from newscore.toolkit.layout import paragraphs, trimmed

__all__ = [
    "CONTINUATION",
    "QUOTE_SECTION",
    "STANDARD_FRAMES",
    "AccordingTo",
    "AsReported",
    "Coordinated",
    "Frame",
    "Inverted",
    "Participle",
    "SpeakerCueContent",
    "VerbFinal",
    "VerbSecond",
    "continue_quotes",
    "quote_section",
]

_CONTINUATION_WINDOW = 12
"""How many statements back a quotation may continue."""

CONTINUATION = "continuation"
"""The frame name of statements continued from an attributed quotation."""

_KEPT_PUNCTUATION = frozenset(".!?…,;")
"""Punctuation that ends a quotation joined to the next one of the same utterance."""

QUOTE_SECTION = "quote-section"
"""The frame name of statements read from an unattributed ``Quote:`` section."""


@runtime_checkable
class Frame(Protocol):
    """One way a statement is attributed: a named reader of a cue in its sentence.

    A frame is a value (write it as a frozen attrs class or any object with
    these two members). The engine calls :meth:`read` for every cue of every
    sentence, trying the pack's frames in order until one returns a
    statement.
    """

    @property
    def name(self) -> str:
        """The frame's name, recorded on each statement it finds (``"according-to"``)."""
        ...

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Return the statement this frame finds for ``cue``, or ``None``.

        :param context: the article being read (its analysis, pack and tracker);
            build the statement with :func:`newscore.extract.context.build`.
        :param sentence: the sentence (or piece of a long one) holding the cue.
        :param cue: the cue.
        :param limit: where the cue's clause ends (before a coordinated cue).
        :param local: the statements found so far in this sentence.
        """
        ...


def _verb_cue_for(context: Context, cue: Cue, name: str) -> bool:
    """Whether ``cue`` is a finite verb (no "according to", no participle) the frame may read."""
    return not (cue.according or cue.participle) and _allowed(context, cue, name)


def _allowed(context: Context, cue: Cue, name: str) -> bool:
    """Whether the pack lets ``cue`` take the frame ``name`` (see ``cue_frames``)."""
    limits = context.pack.cue_frames
    if not limits:
        return True
    frames = limits.get(cue.word.lower())
    return frames is None or name in frames


@attrs.frozen
class AccordingTo:
    """``According to X, ...`` and ``..., according to X``."""

    name: str = "according-to"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read an according-to cue."""
        if not cue.according:
            return None
        return _according(context, sentence, cue)


@attrs.frozen
class AsReported:
    """``As X reported, ...``: one word of the pack's ``as_words`` before the cue."""

    name: str = "as-reported"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read "As X reported, ..."."""
        if cue.according or not _allowed(context, cue, self.name):
            return None
        before = context.words(sentence.start, cue.start)
        if len(before) != 1:
            return None
        if context.raw[before[0][0] : before[0][1]].lower() not in context.pack.as_words:
            return None
        return _as_reported(context, sentence, cue)


_INVERTED_ENDS = (
    ",",
    *(punctuation + mark for punctuation in ",?!" for mark in ('"', "”", "“", "»", "''")),
)


@attrs.frozen
class Inverted:
    """Content, cue, speaker: ``"...," said X.``, ``..., — заявил X.``."""

    name: str = "inverted"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read the speaker after the cue and the content before it."""
        if not _verb_cue_for(context, cue, self.name):
            return None
        raw, pack = context.raw, context.pack
        if not pack.verb_second and cue.word.lower() in pack.objects_of_telling:
            return None  # '"...," X told CBS News.': what follows "told" is the hearer
        left_end = trimmed(raw, sentence.start, cue.start)[1]
        left_text = raw[sentence.start : left_end]
        if not left_text.rstrip(" \t—–-").endswith(_INVERTED_ENDS):
            return None
        right = context.words(cue.end, sentence.end)
        if not right:
            return None
        stop = _right_phrase_end(context, cue.end, sentence.end)
        if cue.particle is not None and cue.end < cue.particle.start < stop:
            stop = trimmed(raw, cue.end, cue.particle.start)[1]  # "sagte Merz ... hinzu"
        inverted = None
        if context.trailing_is_adverbial(stop, sentence.end):
            inverted = read_mention(raw, cue.end, stop, pack, context.words(cue.end, stop))
        if (
            inverted is not None
            and not raw[right[0][0]].isupper()
            and inverted.kind not in {"person", "organisation", "name", "anonymous"}
            and not _names_someone(context, inverted)
        ):
            inverted = None  # '..., said the report': a lower-case start must name someone
        if inverted is None:
            return None
        role = _appositive_role(context, stop, sentence.end)
        if role is not None and inverted.role is None:
            inverted = attrs.evolve(inverted, role=role)
        content_end, excluded = _interrupted(context, left_end, stop, sentence)
        return build(
            context,
            inverted,
            cue,
            sentence,
            content=(sentence.start, content_end),
            limit=None,
            excluded=excluded,
        )


def _names_someone(context: Context, mention: Mention) -> bool:
    """Whether a lower-case mention refers to someone: a pronoun, or a role after an article.

    "sagte er", "said the spokesman", "warnte die CSU-Politikerin": the pack's
    morphology tells role nouns, whatever their case.
    """
    pack = context.pack
    if mention.kind == "pronoun":
        return pack.personal_pronoun(mention.text.lower())
    if mention.kind != "description":
        return False
    first = mention.text.split(" ", 1)[0].lower()
    return first in pack.determiners and pack.morphology.is_role(mention.head, pack.roles)


@attrs.frozen
class Participle:
    """A participle cue: ``..., adding that ...``, with the sentence's speaker."""

    name: str = "participle"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read a participle cue; it shares the speaker of the statement before it."""
        if not cue.participle or cue.according or not _allowed(context, cue, self.name):
            return None
        return _participle(context, sentence, cue, limit, local)


@attrs.frozen
class SpeakerCueContent:
    """``X said (that) ...``, ``X told reporters that ...``, ``..., X said.``.

    A statement whose content is a quotation right after the cue's colon or
    comma is named ``colon-quote``.
    """

    name: str = "speaker-cue-content"
    colon_name: str = "colon-quote"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read the speaker before a finite cue."""
        if not _verb_cue_for(context, cue, self.name):
            return None
        return _speaker_cue_content(self, context, sentence, cue, limit)


@attrs.frozen
class VerbSecond:
    """The cue before its subject: ``Am Montag sagte Merz, ...`` (packs with ``verb_second``)."""

    name: str = "verb-second"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read the speaker right after the cue and the content after the comma."""
        pack, raw = context.pack, context.raw
        if (
            not pack.verb_second
            or cue.according
            or cue.participle
            or not _allowed(context, cue, self.name)
        ):
            return None
        separator = _VERB_SECOND_END.search(raw, cue.end, limit)
        if separator is None:
            return None
        comma = separator.start()
        stop = comma
        if cue.particle is not None and cue.end < cue.particle.start < comma:
            stop = cue.particle.start
        # "sagte die Grünen-Politikerin in Berlin, ...": the subject ends at an adverbial.
        stop = min(stop, _right_phrase_end(context, cue.end, stop))
        phrase_start, phrase_end = trimmed(raw, cue.end, stop)
        if phrase_start >= phrase_end:
            return None
        mention = mention_at(context, phrase_start, phrase_end)
        if mention is None or (
            mention.kind == "description" and not _names_someone(context, mention)
        ):
            return None
        return build(context, mention, cue, sentence, content=(comma + 1, limit), limit=limit)


_VERB_SECOND_END = re.compile(r"[,:]")


@attrs.frozen
class VerbFinal:
    """The cue at the end of its clause after an auxiliary: ``Merz hat vor X gewarnt``.

    For packs with :attr:`~LanguagePack.final_auxiliaries` (German perfect
    "hat ... gesagt"): the speaker stands before the auxiliary; the content is
    what stands between the auxiliary and the cue, or else what follows the cue
    ("Merz hat gesagt, dass ...").
    """

    name: str = "verb-final"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read the speaker before the auxiliary and the content up to the cue."""
        pack, raw = context.pack, context.raw
        if not pack.final_auxiliaries or cue.according or cue.participle:
            return None
        if not _allowed(context, cue, self.name):
            return None
        before = context.words(sentence.start, cue.start)
        auxiliary = next(
            (
                token
                for token in reversed(before)
                if raw[token[0] : token[1]].lower() in pack.final_auxiliaries
            ),
            None,
        )
        if auxiliary is None or _CLAUSE_MARK.search(raw, auxiliary[1], cue.start):
            return None
        phrase_start, phrase_end = trimmed(raw, sentence.start, auxiliary[0])
        opening = max(raw.rfind(mark, sentence.start, auxiliary[0]) for mark in ",:;")
        if opening >= 0:  # "Haushalt: Klingbeil hat ...": after a label or a comma
            phrase_start = trimmed(raw, opening + 1, phrase_end)[0]
        if phrase_start >= phrase_end or _fronted_adverbial(context, phrase_start, phrase_end):
            return None
        mention = mention_at(context, phrase_start, phrase_end)
        if mention is None or (
            mention.kind == "description" and not _names_someone(context, mention)
        ):
            return None
        content = (auxiliary[1], cue.start)
        if not context.words(*content):
            content = (context.after_cue(cue, limit)[0], limit)
        return build(context, mention, cue, sentence, content=content, limit=limit)


@attrs.frozen
class Coordinated:
    """A cue after "and"/"but" with no speaker of its own: the subject speaks."""

    name: str = "coordinated"

    def read(
        self, context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
    ) -> Found | None:
        """Read a coordinated cue."""
        if not _verb_cue_for(context, cue, self.name):
            return None
        return _coordinated_cue(context, sentence, cue, limit, local)


STANDARD_FRAMES: tuple[Frame, ...] = (
    AccordingTo(),
    AsReported(),
    Inverted(),
    Participle(),
    VerbFinal(),
    SpeakerCueContent(),
    VerbSecond(),
    Coordinated(),
)
"""The frames tried for each cue, in order (the default of ``LanguagePack.frames``)."""


_LONGEST_HEARER = 8
"""How many words a hearer with its adverbials has at most ("told host Sean Hannity last week")."""


def _hearer_only(context: Context, cue: Cue, end: int) -> bool:
    """Whether a telling cue is followed only by its hearer: no complementiser, colon or quote."""
    if cue.word.lower() not in context.pack.objects_of_telling:
        return False
    tokens = context.words(cue.end, end)
    if not tokens or len(tokens) > _LONGEST_HEARER:
        return False
    if any(
        context.analysis.lowered[tokens.first + i] in context.pack.that for i in range(len(tokens))
    ):
        return False
    rest = context.raw[cue.end : end]
    return ":" not in rest and not any(mark in rest for mark in _QUOTE_CHARACTERS)


_INTERRUPTION = 8
"""How many words an attribution inside an interrupted quotation has at most."""


def _interrupted(
    context: Context, content_end: int, after: int, sentence: Span
) -> tuple[int, Span | None]:
    """Where the content ends when the quotation goes on after its attribution.

    In '"A," Trumka said in March, "but B."' the quotation before the cue ends
    with a comma and resumes after a comma in the same sentence: the statement
    is both parts, without the attribution between them (the excluded span).
    Otherwise the content ends at ``content_end``, with nothing excluded.
    """
    raw = context.raw
    quote = context.quote_at(content_end - 1, content_end)
    if quote is None or quote.span.end != content_end:
        return content_end, None
    if not raw[quote.inner.start : quote.inner.end].rstrip().endswith(","):
        return content_end, None
    comma = raw.find(",", after, sentence.end)
    if comma < 0 or len(context.words(after, comma)) > _INTERRUPTION:
        return content_end, None
    opening = comma + 1
    while opening < sentence.end and raw[opening].isspace():
        opening += 1
    resumed = context.quote_at(opening, opening + 1)
    if resumed is None or resumed.span.start != opening or resumed.span.end > sentence.end:
        return content_end, None
    return resumed.span.end, Span(start=quote.span.end, end=resumed.span.start)


def _speaker_cue_content(
    frame: SpeakerCueContent, context: Context, sentence: Span, cue: Cue, limit: int
) -> Found | None:
    raw = context.raw
    phrase_start, phrase_end, via = context.left_phrase(sentence.start, cue.start)
    if phrase_start >= phrase_end:
        return None  # the coordinated frame may read it
    if _fronted_adverbial(context, sentence.start, phrase_start):
        return None  # "Nach einem Treffen mit X erklärte Y": the verb-second frame reads Y
    mention = mention_at(context, phrase_start, phrase_end)
    relative = context.compiled.relative_before.search(
        raw, max(sentence.start, phrase_start - 12), phrase_start
    )
    if mention is None and relative is not None:
        # "A senior official who spoke on condition of anonymity said": skip the clause.
        head_start = context._phrase_start(sentence.start, relative.start())
        if head_start < relative.start():
            phrase_start, phrase_end = head_start, trimmed(raw, head_start, relative.start())[1]
            mention = mention_at(context, phrase_start, phrase_end)
    if mention is None:
        return None  # the coordinated frame may read it
    content_start, hearer = context.after_cue(cue, limit)
    citing = context.compiled.citing_after.match(raw, cue.end, limit)
    if citing is not None and via is None:
        cited = context.words(citing.start(), citing.end())
        via = _anonymous_source(raw, cited[1][0], cited[-1][1]) if len(cited) > 1 else None
    before_phrase = trimmed(raw, sentence.start, phrase_start)[1]
    content_words_before = context.words(sentence.start, before_phrase)
    written_before = raw[sentence.start : before_phrase].rstrip(" \t—–-")
    quoted_before = written_before.endswith(('"', "”", "»", "''"))
    separated = written_before.rstrip(_QUOTE_CHARACTERS).endswith((",", ".", "?", "!"))
    if not separated and "," in raw[phrase_start:phrase_end]:
        # "..., the company's vice chair and president, Brad Smith, said": the role
        # before the name was cut at "and"; the content ends at the comma before it.
        comma = raw.rfind(",", sentence.start, phrase_start)
        if comma > sentence.start and len(context.words(comma, phrase_start)) <= 6:
            before_phrase = comma + 1
            content_words_before = context.words(sentence.start, comma)
            separated = True
    quote_follows = _QUOTE_AFTER_CUE.match(raw, cue.end if hearer is None else hearer.end, limit)
    if (
        separated
        and quote_follows is None
        and (quoted_before or len(content_words_before) >= 3)
        and (
            context.trailing_is_adverbial(cue.end if hearer is None else hearer.end, sentence.end)
            or _hearer_only(context, cue, sentence.end)
        )
    ):
        end = max(raw.rfind(",", sentence.start, before_phrase + 1), sentence.start)
        excluded = None
        if quoted_before:
            end, excluded = _interrupted(
                context, before_phrase, cue.end if hearer is None else hearer.end, sentence
            )
        return build(
            context,
            mention,
            cue,
            sentence,
            content=(sentence.start, end),
            limit=None,
            via=via,
            hearer=hearer,
            excluded=excluded,
        )
    if quote_follows is not None:
        content_start = quote_follows.start("mark")  # '``' and "''" are two characters
    if content_start >= limit:
        # "Costa replied:" with the quotation in the next sentence: handled as continuation.
        return None
    found = build(
        context,
        mention,
        cue,
        sentence,
        content=(content_start, limit),
        limit=limit,
        via=via,
        hearer=hearer,
    )
    if found is not None and quote_follows is not None and ":" in quote_follows.group():
        return attrs.evolve(found, frame=frame.colon_name)
    return found


def _fronted_adverbial(context: Context, start: int, phrase_start: int) -> bool:
    """Whether an adverbial opens the clause before the speaker phrase (verb-second packs).

    In "Nach einem Treffen mit ihrem Amtskollegen erklärte Baerbock" the
    phrase before the cue is the object of a preposition: with the verb second,
    one part stands before it, and here it is the adverbial.
    """
    pack, raw = context.pack, context.raw
    if not pack.verb_second:
        return False
    before = context.words(start, phrase_start)
    if not before or _CLAUSE_MARK.search(raw, start, phrase_start):
        return False
    first = raw[before[0][0] : before[0][1]].lower()
    return (
        first in pack.adverbial_starts
        and first not in pack.articles
        and first not in pack.clause_words
    )


_CLAUSE_MARK = re.compile(r"[,;:\"“”„«»]")


def _as_reported(context: Context, sentence: Span, cue: Cue) -> Found | None:
    """Read "As X reported, ...", "Як писала «X» з посиланням на ..., ...", "Как сообщал X, ..."."""
    raw = context.raw
    comma = raw.find(",", cue.end, sentence.end)
    if comma < 0:
        return None
    phrase_start, phrase_end = trimmed(raw, cue.end, comma)
    via: Source | None = None
    citing = context.compiled.citing_inside.search(raw, phrase_start, phrase_end)
    if citing is not None and citing.start() > phrase_start:
        via = _anonymous_source(raw, *trimmed(raw, citing.end(), phrase_end))
        phrase_end = trimmed(raw, phrase_start, citing.start())[1]
    content_start = comma + 1
    trailing_citing = context.compiled.citing_after.match(raw, comma, sentence.end)
    if trailing_citing is not None:  # "Як повідомляло видання «Трибуна», посилаючись на ..., ..."
        cited = context.words(trailing_citing.start(), trailing_citing.end())
        if len(cited) > 1:
            via = _anonymous_source(raw, cited[1][0], cited[-1][1])
        content_start = trailing_citing.end()
    mention = mention_at(context, phrase_start, phrase_end)
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
    return build(
        context, mention, cue, sentence, content=(content_start, sentence.end), limit=None, via=via
    )


def _coordinated_cue(
    context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
) -> Found | None:
    """Read a cue after "and"/"but" with no speaker of its own: the subject speaks."""
    raw = context.raw
    before = context.words(sentence.start, cue.start)
    previous = [raw[a:b].lower() for a, b in before[-3:]]
    if not any(word in context.pack.coordinators for word in previous):
        return None
    if local:
        last = local[-1]
        content_start, hearer = context.after_cue(cue, limit)
        return carry(context, last, cue, sentence, content=(content_start, limit), hearer=hearer)
    mention = context.subject(sentence.start, cue.start)
    if mention is None:
        return None
    content_start, hearer = context.after_cue(cue, limit)
    return build(
        context, mention, cue, sentence, content=(content_start, limit), limit=limit, hearer=hearer
    )


def _participle(
    context: Context, sentence: Span, cue: Cue, limit: int, local: Sequence[Found]
) -> Found | None:
    raw = context.raw
    content_start, hearer = context.after_cue(cue, limit)
    if content_start >= limit:
        return None
    left = raw[sentence.start : cue.start].rstrip()
    if not left.endswith(","):
        phrase_start, phrase_end, _ = context.left_phrase(sentence.start, cue.start)
        mention = (
            mention_at(context, phrase_start, phrase_end) if phrase_start < phrase_end else None
        )
        if mention is not None and mention.kind in {"person", "organisation", "name"}:
            return build(
                context,
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
        return carry(context, last, cue, sentence, content=(content_start, limit), hearer=hearer)
    mention = context.subject(sentence.start, cue.start)
    if mention is None:
        return None
    return build(
        context, mention, cue, sentence, content=(content_start, limit), limit=limit, hearer=hearer
    )


def _according(context: Context, sentence: Span, cue: Cue) -> Found | None:
    raw, pack = context.raw, context.pack
    comma = raw.find(",", cue.end, sentence.end)
    at_start = not context.words(sentence.start, cue.start)
    colon = raw.find(":", cue.end, comma if comma >= 0 else sentence.end)
    if at_start and colon > 0:
        comma = colon  # "According to HuffPo: '...'"
    excluded: Span | None = None
    bound = comma if comma > 0 else sentence.end
    fronted = _fronted_phrase_end(context, cue, bound) if at_start and pack.verb_second else None
    postposed = cue.word.lower() in pack.according_after
    if postposed:
        # "Ökonomen der Commerzbank zufolge könnte ...": the speaker stands before the cue.
        opening = raw.rfind(",", sentence.start, cue.start)
        phrase_start, phrase_end = trimmed(raw, max(opening + 1, sentence.start), cue.start)
        if opening < 0:
            content_start, content_end = cue.end, sentence.end
        else:
            content_start, content_end = sentence.start, opening
    elif fronted is not None:
        # "Laut Nagel bleibt der Arbeitsmarkt robust": the verb after the phrase opens the content.
        phrase_start, phrase_end = trimmed(raw, cue.end, fronted)
        content_start, content_end = fronted, sentence.end
    elif at_start and comma > 0:
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
            if len(context.words(stop, sentence.end)) >= 2:
                # "Russia, according to Kyiv, launched 50 drones": the clause is parenthetical.
                excluded = Span(start=content_end, end=stop + 1)
                content_end = sentence.end
    phrase_start = _skip_data_words(context, phrase_start, phrase_end)
    owner_end = _data_owner(context, phrase_start, phrase_end)
    if owner_end is not None:
        phrase_end = owner_end
    tokens = context.words(phrase_start, phrase_end)
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
            text=context.compiled.according_lead_pronoun,
            kind="pronoun",
            name=where.of(raw),
            head="",
        )
        return build(
            context,
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
        raw, phrase_start, phrase_end, pack, context.words(phrase_start, phrase_end)
    )
    if mention is None:
        mention = _unnamed_source(context, phrase_start, phrase_end)
    if mention is None:
        return None
    if mention.kind == "pronoun" or (
        tokens and raw[tokens[0][0] : tokens[0][1]].lower() in pack.object_pronouns
    ):
        mention = attrs.evolve(
            mention, kind="pronoun", text=context.compiled.according_lead_pronoun
        )
    return build(
        context,
        mention,
        cue,
        sentence,
        content=(content_start, content_end),
        limit=None,
        excluded=excluded,
    )


_LONGEST_UNNAMED = 8
"""How many words a source named by a plain noun phrase ("three recent polls") has at most."""


def _unnamed_source(context: Context, start: int, end: int) -> Mention | None:
    """Read "according to three recent polls" as a source named by its own phrase."""
    tokens = context.words(start, end)
    if not tokens or len(tokens) > _LONGEST_UNNAMED:
        return None
    raw, pack = context.raw, context.pack
    first = raw[tokens[0][0] : tokens[0][1]].lower()
    if first in pack.pronouns or first in pack.object_pronouns:
        return None
    if first in pack.determiners and len(tokens) > 1:
        tokens = tokens[1:]
    span = Span(start=tokens[0][0], end=tokens[-1][1])
    text = " ".join(span.of(raw).split())
    return Mention(span=span, text=text, kind="anonymous", name=text, head=text.split()[-1].lower())


def _fronted_phrase_end(context: Context, cue: Cue, bound: int) -> int | None:
    """Where the speaker phrase after a fronted according-to cue ends, if before ``bound``.

    With the verb second, "Laut Nagel bleibt ..." and "Nach Angaben des
    ukrainischen Militärs wurden ..." need no comma: the phrase is a noun phrase
    (determiners and connectors open it, lower-case adjectives stand inside it
    before their noun), and the first lower-case word after a noun is the verb.
    ``None`` when the phrase runs to ``bound``.
    """
    raw, pack = context.raw, context.pack
    if any(word in pack.possessives for word in cue.word.lower().split()):
        words = context.words(cue.end, bound)
        return words[0][0] if words else None  # "Nach seinen Worten sollen ...": no phrase
    tokens = context.words(cue.end, bound)
    joiners = pack.determiners | pack.name_connectors | pack.name_particles
    open_phrase = True
    for index, (start, end) in enumerate(tokens):
        word = raw[start:end]
        lowered = word.lower()
        if index and raw[tokens[index - 1][1] : start].strip(_QUOTE_CHARACTERS + " \u00a0"):
            return None  # punctuation inside: leave the phrase to the comma
        if lowered in joiners:
            open_phrase = True
        elif word[:1].isupper() or not index:
            open_phrase = False
        elif not open_phrase:
            return tokens[index - 1][1]
    return None


def continue_quotes(
    context: Context, paragraph: Span, quotes: Sequence[Quote], section: Span
) -> None:
    """Continue an attributed quotation with the one right after it that has no cue.

    Only statements of the same section are continued: a quotation under a new
    label starts afresh.
    """
    raw = context.raw
    recent = [
        found
        for found in context.found[-_CONTINUATION_WINDOW:]  # far back cannot be continued
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
        adjacent = not context.words(last.span.end, quote.span.start)
        direct_before = any(
            c in raw[last.content_span.start - 1 : last.content_span.end + 1]
            for c in _QUOTE_CHARACTERS
        )
        if not adjacent or not (direct_before or colon_cue or between.strip() == ""):
            continue
        start, end = _strip_content(raw, quote.span.start, quote.span.end, context.pack)
        if end <= start:
            continue
        if paragraph.start <= last.span.start:
            # '"A," said X. "B."': one utterance in one paragraph is one statement.
            cut = last.content_span.end
            while cut < start and raw[cut] in _KEPT_PUNCTUATION:
                cut += 1  # "It is not. If ...": A keeps its closing punctuation
            joined = attrs.evolve(
                last,
                content_span=Span(start=last.content_span.start, end=end),
                span=Span(start=last.span.start, end=quote.span.end),
                gaps=(*last.gaps, Span(start=cut, end=start)),
            )
            context.found[context.found.index(last)] = joined
            recent[recent.index(last)] = joined
            continue
        context.found.append(
            attrs.evolve(
                last,
                content_span=Span(start=start, end=end),
                span=quote.span,
                speaker_span=None,
                via=None,
                hearer=None,
            )
        )
        context.found[-1] = attrs.evolve(
            context.found[-1],
            entity=context.tracker.record(last.speaker, last.kind),
            frame=CONTINUATION,
            method="carried",
        )


def quote_section(context: Context, section: Section, quotes: Sequence[Quote], before: int) -> None:
    """Give an unattributed quotation opening a Quote section to the article's speaker.

    :param before: how many statements were found before the section.
    """
    raw = context.raw
    covered = context.found[before:]
    first = paragraphs(raw, section.text_span.start, section.text_span.end)
    if not first:
        return
    opening = next((q for q in quotes if q.span.start == first[0].start), None)
    target = opening.span if opening is not None else first[0].span
    if any(
        found.content_span.start <= target.start + 1 <= found.content_span.end for found in covered
    ):
        return
    start, end = _strip_content(raw, target.start, target.end, context.pack)
    if end <= start:
        return
    named = _named_in_label(context, section)
    if named is not None:
        # "Quote from Mahuchikh:", "Пряма мова Ігната:": the label names the speaker.
        resolved = context.tracker.resolve(named)
        recorded = context.tracker.record(resolved.speaker, resolved.kind, named.span, raw)
        context.found.append(
            Found(
                speaker=resolved.speaker,
                kind=resolved.kind,
                resolved=resolved.resolved,
                cue=section.label or "Quote",
                cue_span=None,
                content_span=Span(start=start, end=end),
                span=target,
                speaker_span=named.span,
                frame=QUOTE_SECTION,
                method=resolved.method,
                resolved_from=resolved.resolved_from,
                entity=recorded,
            )
        )
        return
    speaker = _quote_speaker(context)
    if speaker is None:
        return
    entity = context.tracker.index_of(speaker)
    context.found.append(
        Found(
            speaker=speaker,
            kind="person",
            resolved=True,
            cue=section.label or "Quote",
            cue_span=None,
            content_span=Span(start=start, end=end),
            span=target,
            speaker_span=None,
            frame=QUOTE_SECTION,
            method="carried",
            resolved_from=context.tracker.first_mention(entity) if entity is not None else None,
            entity=entity,
        )
    )


_LABEL_WORD = re.compile(r"[^\W_][\w'’.\-]*")


def _named_in_label(context: Context, section: Section) -> Mention | None:
    """Read the speaker a quote section's label names after its first word.

    "Quote from Mahuchikh", "Пряма мова Ігната", "Дослівно ФСБ РФ": the words
    after the label's first one that name someone the article knows, else its
    last capitalised words (up to a preposition), read as a speaker phrase.
    """
    label, raw, pack = section.label, context.raw, context.pack
    if not label:
        return None
    start = raw.find(label, section.span.start, section.text_span.start)
    if start < 0:
        return None
    words = [match.span() for match in _LABEL_WORD.finditer(raw, start, start + len(label))]
    for index in range(1, len(words)):
        if context.tracker.find(raw[words[index][0] : words[-1][1]]) is not None:
            return read_mention(raw, words[index][0], words[-1][1], pack, words[index:])
    run = len(words)
    while run > 1 and raw[words[run - 1][0]].isupper():
        if raw[words[run - 1][0] : words[run - 1][1]].lower() in pack.prepositions:
            break
        run -= 1
    if run == len(words):
        return None
    span = Span(start=words[run][0], end=words[-1][1])
    if len(words) - run > 1 and all(raw[a:b].isupper() for a, b in words[run:]):
        # "ФСБ РФ", "МЗС РФ": a body named by acronyms, not a role and a name.
        text = span.of(raw)
        return Mention(span=span, text=text, kind="organisation", name=text, head=text.lower())
    return read_mention(raw, span.start, span.end, pack, words[run:])


def _quote_speaker(context: Context) -> Speaker | None:
    tracker = context.tracker
    for source in context.article.sources:
        if source.kind in {"interview", "news agency", "newspaper", "broadcast", "website"}:
            continue
        known = tracker.find(source.name)
        if known is not None and tracker.kind_of(known) in {"person", "name"}:
            return known
    lead = context.article.section("lead")
    for found in context.found:
        if lead is not None and lead.span.contains(found.span) and found.kind in {"person", "name"}:
            return found.speaker
    people = [found for found in context.found if found.kind in {"person", "name"}]
    return people[0].speaker if people else None
