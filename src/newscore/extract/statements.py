"""Find reported statements ("who said what") in an article: the orchestration.

The engine runs in four steps, each in its own module:

1. :func:`~newscore.extract.analysis.analyse` reads the article once: regions,
   quotations, paragraphs, sentences and words;
2. :meth:`~newscore.extract.analysis.Analysis.cues_in` finds the reporting cues
   of each sentence (the pack's words);
3. the pack's frames (:mod:`newscore.extract.frames`) read each cue in order
   until one finds a statement; then the article-level passes continue
   quotations and read ``Quote:`` sections;
4. the entity tracker (:mod:`newscore.extract.entities`) resolves each
   speaker to an entity of the article as the statements are met.

Everything language-specific is in the :class:`~newscore.extract.packs.pack.LanguagePack`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newscore.extract.analysis import LONGEST_SENTENCE, Analysis, Cue, analyse
from newscore.extract.context import _QUOTE_CHARACTERS, Context, Found
from newscore.extract.frames import Frame, continue_quotes, quote_section
from newscore.extract.packs import LanguagePack, pack_for
from newscore.extract.sources import GIVEN_BY_SPEAKER, find_outlet
from newscore.model import Article, Entity, Source, Span, Speaker, Statement
from newscore.registry import Extraction, Extractor

__all__ = ["LONGEST_SENTENCE", "extract_statements", "make_extractor"]

_QUOTED = regex.compile(r"[\"“”«»„`]|''")
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


def extract_statements(
    article: Article,
    language: str | None = None,
    *,
    pack: LanguagePack | None = None,
    frames: Sequence[Frame] | None = None,
) -> Extraction:
    """Find the statements, cited sources and speaking entities in ``article``.

    :param language: a built-in pack's language (``"en"``, ``"uk"``, ``"ru"``);
        taken from ``article.meta["language"]`` when ``None``, English if unknown.
    :param pack: the language pack to read with; overrides ``language``.
    :param frames: the frames to try for each cue, in order; the pack's
        (:attr:`LanguagePack.frames`) when ``None``.
    """
    if pack is None:
        written = article.meta.get("language")
        pack = pack_for(language or (written if isinstance(written, str) else None))
    analysis = analyse(article, pack)
    context = Context(analysis, pack)
    order = tuple(frames) if frames is not None else pack.frames
    for region in analysis.regions:
        for section, section_paragraphs in zip(region.sections, region.paragraphs, strict=True):
            before = len(context.found)
            for paragraph in section_paragraphs:
                for sentence in paragraph.sentences:
                    _read_sentence(context, sentence, order)
                continue_quotes(context, paragraph.span, region.quotes, section.text_span)
            if section.kind == "quote":
                quote_section(context, section, region.quotes, before)
    _resolve_forward(context)
    return _finish(context, analysis)


def make_extractor(
    pack: LanguagePack,
    *,
    frames: Sequence[Frame] = (),
    name: str | None = None,
    summary: str | None = None,
) -> Extractor:
    """Make an :class:`~newscore.registry.Extractor` that reads ``pack.language``.

    :param pack: the language's pack.
    :param frames: extra frames, tried after the pack's own.
    :param name: the extractor's name (``attribution-<language>`` by default).
    :param summary: its one-line summary.

    Example, in a plugin::

        @newscore.hookimpl
        def newscore_register_extractors(registry):
            registry.add(make_extractor(FRENCH))
    """
    order = (*pack.frames, *frames)

    def extract(article: Article) -> Extraction:
        return extract_statements(article, pack=pack, frames=order)

    extract.__doc__ = f"Find who said what in an article in {pack.language!r}."
    return Extractor(
        name=name or f"attribution-{pack.language}",
        summary=summary or f"reported statements, speakers and cited sources ({pack.language})",
        languages=(pack.language,),
        extract=extract,
    )


def _read_sentence(context: Context, sentence: Span, frames: Sequence[Frame]) -> None:
    raw = context.raw
    cues = context.analysis.cues_in(sentence.start, sentence.end)
    local: list[Found] = []
    names: list[str] = []
    for index, cue in enumerate(cues):
        if any(
            found.content_span.start <= cue.start < found.content_span.end
            and not _coordinated(context, found.content_span.start, cue)
            for found in local
        ):
            continue
        next_cue = cues[index + 1] if index + 1 < len(cues) else None
        limit = sentence.end
        if next_cue is not None and _coordinated(context, cue.end, next_cue):
            limit = _clause_cut(context, cue.end, next_cue)
        for frame in frames:
            found = frame.read(context, sentence, cue, limit, local)
            if found is not None:
                local.append(found)
                names.append(found.frame or frame.name)
                break
    tracker = context.tracker
    for found, name in zip(local, names, strict=True):
        found.entity = tracker.record(found.speaker, found.kind, found.speaker_span, raw)
        found.frame = name
        context.found.append(found)
    if not local and context.pack.track_subjects and _may_name_someone(context, sentence):
        # "Gerlach widersprach. Sie erklärte, ...": a person named as the subject of a
        # sentence that reports nothing is the one later pronouns and roles refer to.
        subject = context.subject(sentence.start, sentence.end)
        dash = _PLACE_DASH.match(raw, sentence.start, sentence.end)
        if dash is not None and (subject is None or subject.kind != "person"):
            subject = context.subject(dash.end(), sentence.end)  # "Berlin - Baerbock hat ..."
        if subject is not None and (
            subject.kind == "person"
            or (subject.kind == "name" and tracker.find(subject.name) is not None)
        ):
            # or a surname the article has named before ("Mr. Obama made clear ...")
            resolved = tracker.resolve(subject)
            tracker.record(resolved.speaker, resolved.kind, subject.span, raw)


_OPENING_WORDS = 12
"""How many opening words of a sentence may hold its subject's name."""


def _may_name_someone(context: Context, sentence: Span) -> bool:
    """Whether a sentence opens with two capitalised words, or a name the article knows.

    A cheap test before reading the subject (which reads a mention at every opening
    word): a person's name is two capitalised words ("Anna Berg", "Mr. Berg"), or one
    the tracker has met before ("Berg").
    """
    raw, tracker = context.raw, context.tracker
    capitalised_before = False
    for start, end in context.words(sentence.start, sentence.end)[:_OPENING_WORDS]:
        capitalised = raw[start].isupper()
        if capitalised and (capitalised_before or tracker.find(raw[start:end]) is not None):
            return True
        capitalised_before = capitalised
    return False


_PLACE_DASH = regex.compile(r"[\p{L}\-]++(?:[ \t][\p{L}\-]++){0,2}[ \t]++[-–—][ \t]++")


def _coordinated(context: Context, start: int, cue: Cue) -> bool:
    """Whether ``cue`` continues the statement before it ("and said", ", adding")."""
    if cue.according:
        return False
    raw, pack = context.raw, context.pack
    before = context.words(max(start, cue.start - 30), cue.start)
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
        len(previous) == 2 and previous[0] in pack.coordinators and previous[1] in pack.auxiliaries
    )


def _clause_cut(context: Context, start: int, cue: Cue) -> int:
    """Where the content before a coordinated cue ends."""
    raw, pack = context.raw, context.pack
    before = context.words(max(start, cue.start - 30), cue.start)
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


def _resolve_forward(context: Context) -> None:
    """Descriptions no earlier speaker explains ("its chief executive") name the next person."""
    later: Found | None = None
    found_list = context.found
    # Walk backwards, so that the next resolved person is known at every step.
    for index in range(len(found_list) - 1, -1, -1):
        found = found_list[index]
        if not found.resolved and later is not None and found.kind == "description":
            role = found.speaker.name
            found_list[index] = attrs.evolve(
                found,
                speaker=Speaker(name=later.speaker.name, role=later.speaker.role or role),
                kind="person",
                resolved=True,
                method="role",
                resolved_from=later.resolved_from,
                entity=later.entity,
            )
        if found.kind == "person" and found.resolved:
            later = found


def _finish(context: Context, analysis: Analysis) -> Extraction:
    raw = context.raw
    tracker = context.tracker
    sources: list[Source] = []
    read: list[tuple[Found, Source | None, str, bool]] = []
    article_sources = list(context.article.sources)
    anonymous_heads: set[str] = set()
    for found in context.found:
        source = _cited_source(context, found, anonymous_heads)
        if source is not None and all(
            s.name.casefold() != source.name.casefold() for s in sources + article_sources
        ):
            sources.append(source)
        link = source or _matching_source(found.speaker, article_sources + sources)
        written = raw[found.content_span.start : found.content_span.end]
        cut = (found.excluded,) if found.excluded is not None else ()
        offset = found.content_span.start
        for gap in sorted((*cut, *found.gaps), key=lambda span: span.start, reverse=True):
            written = written[: gap.start - offset] + " " + written[gap.end - offset :]
        content = _clean(written)
        around = raw[max(0, found.content_span.start - 1) : found.content_span.end + 1]
        direct = found.cue_span is None or _QUOTED.search(around) is not None
        read.append((found, link, content, direct))
    unique: list[tuple[Found, Source | None, str, bool]] = []
    seen: set[Span | None] = set()
    for item in read:
        if item[0].content_span not in seen:
            seen.add(item[0].content_span)
            unique.append(item)
    # Only the entities that made a statement are the article's speakers, in tracker order.
    used = sorted(
        {
            found.entity
            for found, *_ in unique
            if found.resolved and found.entity is not None and tracker.is_entity(found.entity)
        }
    )
    renumbered = {number: index for index, number in enumerate(used)}
    speakers: list[Entity] = [tracker.entity(number) for number in used]
    final = [
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
            frame=found.frame,
            resolution=found.method if found.resolved else "unresolved",
            resolved_from=found.resolved_from if found.resolved else None,
            entity=renumbered.get(found.entity)
            if found.resolved and found.entity is not None
            else None,
        )
        for found, link, content, direct in unique
    ]
    return Extraction(
        statements=tuple(final),
        sources=tuple(sources),
        problems=tuple(analysis.problems),
        speakers=tuple(speakers),
    )


def _cited_source(context: Context, found: Found, anonymous_heads: set[str]) -> Source | None:
    raw = context.raw
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
    if (
        found.kind == "anonymous"
        and found.speaker_span is not None
        and any(word in context.pack.anonymous for word in found.speaker.name.lower().split())
    ):
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
    """Return the source named after the speaker, else one it gave ("Putin's interview")."""
    last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    if not last:
        return None
    for source in sources:
        if last in source.name.lower():
            return source
    for source in sources:
        if source.kind in GIVEN_BY_SPEAKER and last in source.description.lower():
            return source
    return None
