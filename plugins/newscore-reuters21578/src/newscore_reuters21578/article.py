"""Build an :class:`newscore.Article` from one story's fields.

``raw`` is the story's text content in document order, with no label of our
own: the title, a blank line, then the wire copy (the ``<DATELINE>`` text, a
space, the ``<BODY>`` text as written), then, each after a blank line, any
text that no field claimed. The wire copy is read by the ``dateline`` format
of the host running the read, and its article is shifted into ``raw``.
"""

from __future__ import annotations

import datetime
import functools

import attrs
import newscore
import regex

from newscore_reuters21578.sgml import RawStory, line_and_column
from newscore_reuters21578.story import LIST_FIELDS, Story

__all__ = ["FORMAT_NAME", "Built", "build_article", "parse_date"]

FORMAT_NAME = "reuters21578"
"""The format's name, as in ``newscore.read(path, format="reuters21578")``."""

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DATE = regex.compile(
    r"(?<![0-9])(?P<day>[0-9]{1,2}+)-(?P<month>[A-Za-z]{3})-(?P<year>[0-9]{4})(?![0-9])"
    r"(?:[ \t]++(?P<hour>[0-9]{1,2}+):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.(?P<fraction>[0-9]{1,6}+))?+)?+"
)
_BRIEF_MARK = regex.compile(r"\A\*++")
_ATTRIBUTE_KEYS = {
    "NEWID": "document_id",
    "OLDID": "old_id",
    "LEWISSPLIT": "lewis_split",
    "CGISPLIT": "cgi_split",
    "TOPICS": "topics_attribute",
}
_SINGLE_KEYS = {"AUTHOR": "author", "UNKNOWN": "unknown", "MKNOTE": "mknote"}
_FROM_DATELINE = (
    "dateline_places",
    "dateline_country",
    "dateline_month",
    "dateline_day",
    "dateline_agency",
)


def parse_date(text: str) -> tuple[datetime.date, datetime.time | None] | None:
    """Read a ``<DATE>`` value such as ``26-FEB-1987 15:01:01.79``.

    :returns: the date and the time when one is given; ``None`` when ``text``
        holds no such date or it is no real date.

    >>> parse_date("26-FEB-1987 15:01:01.79")
    (datetime.date(1987, 2, 26), datetime.time(15, 1, 1, 790000))
    """
    match = _DATE.search(text)
    if match is None or match.group("month").upper() not in _MONTHS:
        return None
    month = _MONTHS.index(match.group("month").upper()) + 1
    try:
        date = datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    if match.group("hour") is None:
        return date, None
    fraction: str = match.group("fraction") or ""
    try:
        time = datetime.time(
            int(match.group("hour")),
            int(match.group("minute")),
            int(match.group("second")),
            int(fraction.ljust(6, "0")) if fraction else 0,
        )
    except ValueError:
        return date, None
    return date, time


@attrs.frozen(kw_only=True)
class Built:
    """An article and, for strict mode, where in the input its first doubt stands.

    :param article: the article.
    :param doubt: the first problem of severity above ``info``, or ``None``.
    :param line: 1-based line of that doubt in the whole input.
    :param column: 1-based column of that doubt.
    """

    article: newscore.Article
    doubt: newscore.Problem | None = None
    line: int = 1
    column: int = 1


@functools.lru_cache(maxsize=1)
def _builtins_host() -> newscore.PluginHost:
    # Only when a format's functions are called by hand, with no host: no entry point is loaded.
    return newscore.PluginHost(entry_points=False)


def _wire_copy(story: Story, meta: dict[str, newscore.MetaValue]) -> str:
    if story.body is not None:
        parts = [part for part in (story.dateline, story.body) if part]
        return " ".join(parts)
    text = story.text
    mark = _BRIEF_MARK.match(text)
    if mark is not None:
        meta["brief_mark"] = mark.group()
        text = text[mark.end() :].lstrip()
    return " ".join(part for part in (story.dateline, text) if part)


def _meta(story: Story) -> dict[str, newscore.MetaValue]:
    meta: dict[str, newscore.MetaValue] = {}
    for name, key in _ATTRIBUTE_KEYS.items():
        if name in story.attributes:
            meta[key] = story.attributes[name]
    for field in LIST_FIELDS:
        if field in story.lists:
            meta[field] = story.lists[field]
    for name, key in _SINGLE_KEYS.items():
        value = story.single.get(name)
        if value:
            meta[key] = value
    if story.text_type:
        meta["text_type"] = story.text_type
    if story.dateline:
        meta["dateline_tag"] = story.dateline
    if "DATE" in story.single:
        meta["date_text"] = story.single["DATE"]
    return meta


def _element(story: Story) -> str | None:
    if not story.has_start_tag:
        return None
    new_id = story.attributes.get("NEWID")
    return f"REUTERS[NEWID={new_id}]" if new_id else "REUTERS"


def build_article(raw_story: RawStory, story: Story, options: newscore.ReadOptions) -> Built:
    """Build the article of one story; never raises on a story :func:`read_story` gave.

    :param raw_story: the story's markup and where it stands in the input.
    :param story: its fields.
    :param options: the read's options; the wire copy is read through ``options.host``.
    """
    meta = _meta(story)
    problems: list[newscore.Problem] = []
    # Each doubt with its offset in the story's markup, for strict mode.
    located: list[tuple[newscore.Problem, int]] = []

    def doubt(code: str, message: str, at: int, severity: str = "warning") -> None:
        problem = newscore.Problem(
            code=code, message=message, severity="info" if severity == "info" else "warning"
        )
        problems.append(problem)
        located.append((problem, at))

    if raw_story.damage is not None and raw_story.damage_code is not None:
        doubt(raw_story.damage_code, raw_story.damage, raw_story.damage_at)
    for note in story.notes:
        doubt(note.code, note.message, note.offset, note.severity)
    date: datetime.date | None = None
    date_text = story.single.get("DATE")
    if date_text:
        read = parse_date(date_text)
        if read is None:
            doubt("reuters21578.invalid-date", f"the DATE {date_text[:40]!r} is no date", 0)
        else:
            date = read[0]
            if read[1] is not None:
                meta["time"] = read[1].isoformat()
    elif story.has_start_tag:
        doubt("reuters21578.no-date", "the story has no DATE", 0)

    title = story.title or ""
    wire = _wire_copy(story, meta)
    parts: list[str] = []
    title_span: newscore.Span | None = None
    if title:
        title_span = newscore.Span(start=0, end=len(title))
        parts.append(title)
    wire_start = len(title) + 2 if title else 0
    if wire:
        parts.append(wire)
    extra_starts: list[int] = []
    length = len("\n\n".join(parts))  # kept up to date: joining again per extra is quadratic
    for extra in story.extras:
        start = length + 2 if parts else 0
        extra_starts.append(start)
        parts.append(extra.text)
        length = start + len(extra.text)
    raw = "\n\n".join(parts)

    sections: list[newscore.Section] = []
    furniture: list[newscore.Section] = []
    sources: tuple[newscore.Source, ...] = ()
    lead_span: newscore.Span | None = None
    if wire:
        inner = _read_wire(wire, date or options.reference_date, options, problems, located)
        # The dateline format may cut the story at a rule ("___") and read only its
        # first part: what it did not read is kept as body text.
        inner_start = wire.find(inner.raw) if inner is not None and inner.raw.strip() else -1
        if inner is None or inner_start < 0:
            span = newscore.Span(start=wire_start, end=wire_start + len(wire))
            sections.append(newscore.Section.unlabelled(kind="body", raw=raw, span=span))
        else:
            placed = inner.shifted(wire_start + inner_start, raw=raw)
            for start, end in ((0, inner_start), (inner_start + len(inner.raw), len(wire))):
                piece = wire[start:end]
                if piece.strip():
                    begin = wire_start + start + len(piece) - len(piece.lstrip())
                    span = newscore.Span(start=begin, end=begin + len(piece.strip()))
                    sections.append(newscore.Section.unlabelled(kind="body", raw=raw, span=span))
            placed = attrs.evolve(
                placed,
                problems=[p for p in placed.problems if p.code != "parse.first-of-many"],
            )
            sections.extend(placed.sections)
            furniture.extend(placed.furniture)
            covered = [*placed.sections, *placed.furniture]
            for kind, inner_span in (("title", placed.title_span), ("dateline", placed.date_span)):
                if inner_span is not None and not any(s.span.contains(inner_span) for s in covered):
                    sections.append(
                        newscore.Section.unlabelled(kind=kind, raw=raw, span=inner_span)
                    )
            for key in _FROM_DATELINE:
                if key in placed.meta:
                    meta[key] = placed.meta[key]
            lead_span = placed.lead_span
            sources = placed.sources
            # A story without a <DATELINE> (briefs, tables) is not expected to open with one.
            expected = story.dateline is not None
            for problem in placed.problems:
                if expected or problem.code != "dateline.missing":
                    problems.append(problem)
                    located.append((problem, story.body_offset))
    for extra, start in zip(story.extras, extra_starts, strict=True):
        span = newscore.Span(start=start, end=start + len(extra.text))
        sections.append(newscore.Section.unlabelled(kind="unread", raw=raw, span=span))
    sections.sort(key=lambda section: (section.span.start, section.span.end))
    article = newscore.Article.from_spans(
        raw=raw,
        format=FORMAT_NAME,
        date=date,
        title_span=title_span,
        lead_span=lead_span,
        sections=sections,
        furniture=furniture,
        sources=sources,
        meta=meta,
        problems=problems,
    )
    article = attrs.evolve(
        article,
        provenance=newscore.Provenance(
            offset=raw_story.offset, line=raw_story.line, element=_element(story)
        ),
    )
    first = next(((p, at) for p, at in located if p.severity != "info"), None)
    if first is None:
        return Built(article=article)
    line, column = line_and_column(raw_story, first[1])
    return Built(article=article, doubt=first[0], line=line, column=column)


def _read_wire(
    wire: str,
    reference: datetime.date | None,
    options: newscore.ReadOptions,
    problems: list[newscore.Problem],
    located: list[tuple[newscore.Problem, int]],
) -> newscore.Article | None:
    host = options.host if options.host is not None else _builtins_host()
    try:
        return host.parse(wire, format="dateline", extract=False, reference_date=reference)
    except newscore.FormatError as error:
        problem = newscore.Problem(
            code="reuters21578.no-dateline-format",
            message=f"the story was not read for its dateline: {error}",
            severity="info",
        )
        problems.append(problem)
        located.append((problem, 0))
        return None
