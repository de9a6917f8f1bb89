"""The record newscore produces: an :class:`Article` and the values it holds.

Every type here is an immutable :mod:`attrs` class with keyword-only arguments.
Sequences are tuples and mappings are read-only, so articles can be hashed,
compared, cached and shared between threads. Use :func:`attrs.evolve` to get a
changed copy.

Every value that was read from the text carries a :class:`Span` into
:attr:`Article.raw`, so ``article.raw[span.start:span.end]`` shows where it came
from.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal, TypeAlias

import attrs

__all__ = [
    "UNREAD",
    "Article",
    "Entity",
    "EntityKind",
    "Meta",
    "MetaValue",
    "Problem",
    "Provenance",
    "Resolution",
    "Section",
    "Severity",
    "Source",
    "Span",
    "Speaker",
    "Statement",
]

Severity: TypeAlias = Literal["info", "warning", "error"]
"""How bad a :class:`Problem` is.

``info`` notes a guess the reader made; ``warning`` marks text that was read
only in part or doubtfully; ``error`` marks text that could not be read at all
(it is still kept in the article). Strict parsing raises on ``warning`` and
``error``.
"""

MetaValue: TypeAlias = "str | int | float | bool | tuple[str, ...] | None"
"""A value in :attr:`Article.meta`: a JSON scalar or a tuple of strings."""

_SEVERITIES = ("info", "warning", "error")

UNREAD = "unread"
"""The :attr:`Article.format` of a record standing for input that could not be read
at all (a missing or binary file): its ``raw`` is empty and its problem says why."""


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into :attr:`Article.raw`.

    :param start: offset of the first character.
    :param end: offset just past the last character; never less than ``start``.

    >>> raw = "Source: Xinhua"
    >>> span = Span(start=8, end=14)
    >>> span.of(raw)
    'Xinhua'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check instead of field validators: spans are made by the thousand.
        if self.start < 0:
            raise ValueError(f"start must be >= 0, got {self.start}")
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, raw: str) -> str:
        """Return the text this span covers in ``raw``."""
        return raw[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Tell whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shifted(self, offset: int) -> Span:
        """Return this span moved by ``offset`` characters."""
        return Span(start=self.start + offset, end=self.end + offset)


class Meta(Mapping[str, MetaValue]):
    """A read-only, hashable mapping of format-specific fields.

    Formats put what has no field of its own on :class:`Article` here
    (an export's document id, a byline, a dateline's place). Keys are strings
    and values are :data:`MetaValue`. It compares equal to a :class:`dict` with
    the same items.

    >>> meta = Meta({"byline": "By Jane Doe"})
    >>> meta["byline"]
    'By Jane Doe'
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, MetaValue] | None = None) -> None:
        clean: dict[str, MetaValue] = {}
        for key, value in (items or {}).items():
            if not isinstance(key, str):
                raise TypeError(f"meta keys must be str, got {type(key).__name__}")
            clean[key] = tuple(value) if isinstance(value, list) else value
        self._items = clean

    def __getitem__(self, key: str) -> MetaValue:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Meta({self._items!r})"


def _to_meta(value: Mapping[str, MetaValue] | None) -> Meta:
    return value if isinstance(value, Meta) else Meta(value)


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _roles(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _entities(value: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(value)


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Problem:
    """Something doubtful found while reading, kept as data on the article.

    :param code: a stable, dotted, lower-case identifier such as
        ``"labelled.unknown-date"``; test against codes, not messages.
    :param message: a sentence for people, quoting at most a short excerpt.
    :param severity: one of :data:`Severity`.
    :param span: the text concerned, when there is one.
    """

    code: str
    message: str
    severity: Severity = attrs.field(default="warning", validator=attrs.validators.in_(_SEVERITIES))
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Provenance:
    """Where in a larger input an article was found.

    :param origin: the file path or name the text came from, if known.
    :param index: 0-based position of the article in that input.
    :param offset: character offset of the article's first character in the input.
    :param line: 1-based line number of the article's first line in the input.
    :param element: for markup inputs, the element the article was read from,
        as a simple path such as ``"/PPSResponse/ppsarticle[3]"``; ``None``
        for text.
    """

    origin: str | None = None
    index: int = attrs.field(default=0, validator=_non_negative)
    offset: int = attrs.field(default=0, validator=_non_negative)
    line: int = 1
    element: str | None = None


@attrs.frozen(kw_only=True)
class Section:
    """A labelled (or unlabelled) part of a clipping.

    :param kind: canonical kind: ``lead``, ``source``, ``details``, ``quote``,
        ``background``, ``reminder``, ``reference``, ``update``, ``body``, or a
        kind a plugin defines.
    :param label: the label as written (``"Source"``, ``"SOURCE"``,
        ``"Джерело"``), or ``None`` for unlabelled text such as the lead.
    :param text: the section's text without its label, exactly as written.
    :param span: the whole section as written, label included.
    :param text_span: where :attr:`text` stands; ``text_span.of(raw) == text``.
    """

    kind: str
    label: str | None
    text: str
    span: Span
    text_span: Span

    @classmethod
    def unlabelled(cls, *, kind: str, raw: str, span: Span) -> Section:
        """Return a section without a label whose text is all of ``span`` in ``raw``."""
        return cls(kind=kind, label=None, text=span.of(raw), span=span, text_span=span)


@attrs.frozen(kw_only=True)
class Source:
    """Where a clipping says its information comes from.

    :param name: the outlet, body or person named (``"Xinhua"``).
    :param kind: a short lower-case word for what it is (``"interview"``,
        ``"news agency"``, ``"newspaper"``, ``"telegram"``, ``"press
        conference"``, ``"anonymous"``...), or ``None`` when it cannot be told.
    :param description: the whole source text as written.
    :param via: the next link of a chain: in "X, citing Y", the source ``X``
        has ``via`` the source ``Y``.
    :param span: where :attr:`description` stands in the raw text.
    :param name_span: where :attr:`name` is written, when it is written as such.
    :param id: a stable identifier, derived from the article's :attr:`Article.id`
        and this source's span (see :func:`newscore.identify`); ``None`` until
        the article is identified, as :func:`newscore.read` does.
    """

    name: str
    kind: str | None = None
    description: str
    via: Source | None = None
    span: Span
    name_span: Span | None = None
    id: str | None = None


@attrs.frozen(kw_only=True)
class Speaker:
    """Who made a statement.

    :param name: the full name as first given (a person, an organisation,
        or a description of an anonymous source).
    :param role: the role or title given with the name, if any.
    """

    name: str
    role: str | None = None


Resolution: TypeAlias = Literal[
    "named", "surname", "pronoun", "role", "alias", "carried", "unresolved"
]
"""How a :class:`Statement`'s speaker was found; see :attr:`Statement.resolution`."""


@attrs.frozen(kw_only=True)
class Statement:
    """One reported speech act: who said what, with which cue.

    :param speaker: who made it.
    :param cue: the reporting word(s) as written (``"said"``, ``"according to"``,
        or a section label such as ``"Quote"`` for a quote section).
    :param content: what was said, as written, without speaker and cue, without
        a leading "that", trailing punctuation, or quotation marks.
    :param direct: whether the content is wholly or partly a quotation.
    :param span: the text the statement was read from (the sentence or
        sentences holding speaker, cue and content).
    :param cue_span: where :attr:`cue` stands, when it is written.
    :param content_span: where the content stands, quotation marks included;
        :attr:`content` is this text without the marks and the trimmings.
    :param speaker_span: where the speaker is mentioned in this statement
        (a pronoun, a surname or a full name), when it is.
    :param source: the :class:`Source` the statement came through, when one of
        the article's sources is its speaker or the outlet it was told to.
    :param frame: the attribution frame it was read by (``speaker-cue-content``,
        ``inverted``, ``according-to``, ``as-reported``, ``colon-quote``,
        ``participle``, ``coordinated``, ``continuation``, ``quote-section``,
        or a plugin's own frame).
    :param resolution: how the speaker was found (see :data:`Resolution`):
        ``named`` when the statement names it in full, ``surname``,
        ``pronoun``, ``role`` or ``alias`` when a later mention was resolved to
        a known entity, ``carried`` when the statement has no mention of its
        own and inherits the speaker (a coordinated cue, a continued
        quotation, a ``Quote:`` section), ``unresolved`` when a pronoun or
        description found no entity. A fact-checker can keep only
        ``named`` statements.
    :param resolved_from: where the name :attr:`speaker` carries is written:
        the statement's own mention for ``named``, else the earlier mention
        of the entity that gave the name.
    :param entity: the index in :attr:`Article.speakers` of the entity that
        made it.
    :param id: a stable identifier, derived from the article's :attr:`Article.id`
        and this statement's spans (see :func:`newscore.identify`); ``None``
        until the article is identified, as :func:`newscore.read` does.
    """

    speaker: Speaker
    cue: str
    content: str
    direct: bool = False
    span: Span
    cue_span: Span | None = None
    content_span: Span | None = None
    speaker_span: Span | None = None
    source: Source | None = None
    frame: str | None = None
    resolution: Resolution | None = None
    resolved_from: Span | None = None
    entity: int | None = None
    id: str | None = None


EntityKind: TypeAlias = Literal["person", "organisation", "anonymous"]
"""What an :class:`Entity` is: a named or described person, an organisation
(a body, a company, a country speaking as one), or an anonymous source."""


@attrs.frozen(kw_only=True)
class Entity:
    """One of the people or bodies an article speaks of, with every mention of it.

    The extractor clusters the mentions of an article ("Ursula von der Leyen",
    "von der Leyen", "the Commission president", "she") into entities, and
    each :class:`Statement` names the entity it was resolved to in
    :attr:`Statement.entity`.

    :param name: the full name as first given ("Tomas Lindgren"), or the
        description of an unnamed speaker ("a senior official").
    :param kind: ``person``, ``organisation`` or ``anonymous``.
    :param roles: the roles and titles given with it, in order of first
        mention ("professor of climate science").
    :param mentions: where it is mentioned in :attr:`Article.raw`, in text
        order: names, surnames, role nouns, pronouns and aliases.
    """

    name: str
    kind: EntityKind
    roles: tuple[str, ...] = attrs.field(default=(), converter=_roles)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Article:
    """One clipping, read into a structured, verifiable record.

    :param raw: the clipping's text exactly as given; every span points into it.
    :param format: the name of the format that read it (``"labelled"``).
    :param date: the publication date, if the clipping gives one with a year.
    :param title: the headline, if any.
    :param lead: the lead paragraph's text, if any.
    :param sections: the clipping's parts in order; together with
        the furniture, the title and date spans they cover every non-blank
        character of :attr:`raw`.
    :param furniture: the lines around the story that are not part of it, each
        as a :class:`Section`: bylines (kind ``byline``), timestamps
        (``timestamp``), credit lines (``credits``), page metadata
        (``pagemeta``), agency slugs (``slug``). Kept so that nothing of the
        input is dropped.
    :param sources: where the clipping says its information comes from.
    :param statements: reported statements (filled by extractors).
    :param speakers: the people and bodies the extractors found, each with
        every mention; :attr:`Statement.entity` indexes this tuple.
    :param meta: format-specific fields, read-only.
    :param problems: what was doubtful while reading, as data.
    :param title_span: where :attr:`title` stands; ``title_span.of(raw) == title``.
    :param date_span: where the date was read from (the date as written).
    :param lead_span: where :attr:`lead` stands; ``lead_span.of(raw) == lead``.
    :param provenance: where the article was found in a larger input.
    """

    raw: str
    format: str
    date: datetime.date | None = None
    title: str | None = None
    lead: str | None = None
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    furniture: tuple[Section, ...] = attrs.field(default=(), converter=_sections, repr=False)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    speakers: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    meta: Meta = attrs.field(factory=Meta, converter=_to_meta)
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
    title_span: Span | None = attrs.field(default=None, repr=False)
    date_span: Span | None = attrs.field(default=None, repr=False)
    lead_span: Span | None = attrs.field(default=None, repr=False)
    provenance: Provenance | None = attrs.field(default=None, repr=False)

    @property
    def id(self) -> str:
        """A stable identifier: 16 hex digits hashing the format, the text and its provenance.

        The provenance counted is the file's name (not its folder, which
        differs between machines) and the article's index in it, so the id is
        the same in every run, process and machine. Two copies of a clipping
        in files of different names differ; copies in files of the same name
        in two folders share their id, which finds them.
        """
        return article_id(self)

    @classmethod
    def from_spans(
        cls,
        *,
        raw: str,
        format: str,
        title_span: Span | None = None,
        lead_span: Span | None = None,
        date: datetime.date | None = None,
        date_span: Span | None = None,
        sections: Iterable[Section] = (),
        furniture: Iterable[Section] = (),
        sources: Iterable[Source] = (),
        meta: Mapping[str, MetaValue] | None = None,
        problems: Iterable[Problem] = (),
    ) -> Article:
        """Build an article whose title and lead are read from their spans.

        What a format reads is where it stands in ``raw``: passing spans
        rather than strings keeps ``title_span.of(raw) == title`` true by
        construction. An empty span counts as no value.
        """
        title_span = title_span if title_span is not None and len(title_span) else None
        lead_span = lead_span if lead_span is not None and len(lead_span) else None
        return cls(
            raw=raw,
            format=format,
            date=date,
            title=title_span.of(raw) if title_span is not None else None,
            lead=lead_span.of(raw) if lead_span is not None else None,
            sections=sections,
            furniture=furniture,
            sources=sources,
            meta=meta or {},
            problems=problems,
            title_span=title_span,
            date_span=date_span,
            lead_span=lead_span,
        )

    def shifted(self, offset: int, *, raw: str) -> Article:
        """Return this article placed at ``offset`` of a larger text ``raw``.

        Every span (of sections, furniture, sources and their ``via`` chains,
        statements, speakers' mentions, problems, title, date and lead) moves by ``offset``, so a
        format that reads part of its input through another format keeps every
        span honest. The values are unchanged.

        :raises ValueError: if ``raw`` does not hold this article's raw text at
            ``offset``.
        """
        if offset < 0 or raw[offset : offset + len(self.raw)] != self.raw:
            raise ValueError(f"raw does not hold the article's text at offset {offset}")
        return attrs.evolve(
            self,
            raw=raw,
            sections=tuple(_shift_section(s, offset) for s in self.sections),
            furniture=tuple(_shift_section(s, offset) for s in self.furniture),
            sources=tuple(_shift_source(s, offset) for s in self.sources),
            statements=tuple(_shift_statement(s, offset) for s in self.statements),
            speakers=tuple(
                attrs.evolve(e, mentions=tuple(m.shifted(offset) for m in e.mentions))
                for e in self.speakers
            ),
            problems=tuple(attrs.evolve(p, span=_shift(p.span, offset)) for p in self.problems),
            title_span=_shift(self.title_span, offset),
            date_span=_shift(self.date_span, offset),
            lead_span=_shift(self.lead_span, offset),
        )

    def section(self, kind: str) -> Section | None:
        """Return the first section of ``kind``, or ``None``."""
        return next((s for s in self.sections if s.kind == kind), None)

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        """Return every section of ``kind``, in order."""
        return tuple(s for s in self.sections if s.kind == kind)


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else span.shifted(offset)


def _shift_section(section: Section, offset: int) -> Section:
    return attrs.evolve(
        section, span=section.span.shifted(offset), text_span=section.text_span.shifted(offset)
    )


def _shift_source(source: Source, offset: int) -> Source:
    return attrs.evolve(
        source,
        span=source.span.shifted(offset),
        name_span=_shift(source.name_span, offset),
        via=None if source.via is None else _shift_source(source.via, offset),
    )


def _shift_statement(statement: Statement, offset: int) -> Statement:
    return attrs.evolve(
        statement,
        span=statement.span.shifted(offset),
        cue_span=_shift(statement.cue_span, offset),
        content_span=_shift(statement.content_span, offset),
        speaker_span=_shift(statement.speaker_span, offset),
        resolved_from=_shift(statement.resolved_from, offset),
        source=None if statement.source is None else _shift_source(statement.source, offset),
    )


def article_id(article: Article) -> str:
    """Return :attr:`Article.id` for ``article``."""
    provenance = article.provenance
    origin = provenance.origin if provenance is not None else None
    name = origin.replace("\\", "/").rsplit("/", 1)[-1] if origin else ""  # the same on Windows
    index = provenance.index if provenance is not None else 0
    digest = hashlib.blake2b(digest_size=8)
    for part in (article.format, name, str(index)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    digest.update(article.raw.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
