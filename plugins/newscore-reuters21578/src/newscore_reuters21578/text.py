"""The plain-text rendering of a Reuters-21578 story, and reading it into an Article.

:func:`render_story` turns a :class:`~newscore_reuters21578.sgml.Story` into
the text that becomes :attr:`newscore.Article.raw`::

    BAHIA COCOA REVIEW

    SALVADOR, Feb 26 - Showers continued throughout the week in
    the Bahia cocoa zone, ...
     Reuter

    DATE: 26-FEB-1987 15:01:01.79
    TOPICS: cocoa
    PLACES: el-salvador; usa; uruguay
    PEOPLE:
    ...
    NEWID: 1
    OLDID: 5544
    DATELINE: SALVADOR, Feb 26 -

The first line is the title (blank when the story has none); then the story
as wire copy, the ``<DATELINE>`` text followed by the ``<BODY>`` text as
written; then one ``NAME: value`` line per field, lists joined by ``"; "``.
:func:`parse` reads that text back, reading the story through newscore's
``dateline`` format.
"""

from __future__ import annotations

import datetime

import attrs
import newscore
import regex
from newscore.toolkit import lines, trimmed

from newscore_reuters21578.sgml import LIST_FIELDS, Story, read_story, split_stories

__all__ = [
    "FIELD_NAMES",
    "FORMAT_NAME",
    "looks_like_markup",
    "parse",
    "parse_date",
    "render_story",
    "story_text",
    "write",
]

FORMAT_NAME = "reuters21578"
"""The format's name, as in ``newscore.read(path, format="reuters21578")``."""

FIELD_NAMES = (
    "DATE",
    "TOPICS",
    "PLACES",
    "PEOPLE",
    "ORGS",
    "EXCHANGES",
    "COMPANIES",
    "AUTHOR",
    "TYPE",
    "LEWISSPLIT",
    "CGISPLIT",
    "NEWID",
    "OLDID",
    "DATELINE",
)
"""The field lines of a rendering, in the order they are written."""

_LIST_SEPARATOR = "; "
_FIELD = regex.compile(rf"(?P<name>{'|'.join(FIELD_NAMES)}):(?![^ \t\r\n])")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DATE = regex.compile(
    r"(?P<day>[0-9]{1,2}+)-(?P<month>[A-Za-z]{3})-(?P<year>[0-9]{4})(?![0-9])"
    r"(?:[ \t]++(?P<hour>[0-9]{1,2}+):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.(?P<fraction>[0-9]{1,6}+))?+)?+"
)
_MARKUP = regex.compile(r"\A[\s\ufeff]*+<(?:!DOCTYPE|\?xml|LEWIS|REUTERS)\b")
_META_KEYS = {
    "AUTHOR": "author",
    "TYPE": "text_type",
    "LEWISSPLIT": "lewis_split",
    "CGISPLIT": "cgi_split",
    "NEWID": "document_id",
    "OLDID": "old_id",
    "DATELINE": "dateline_tag",
}
_FROM_DATELINE = ("dateline_places", "dateline_country", "dateline_month", "dateline_day")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++")


def _story_text(story: Story) -> str:
    if story.dateline and story.body:
        return f"{story.dateline} {story.body}"
    return story.dateline or story.body


def render_story(story: Story) -> str:
    """Return the plain-text rendering of ``story`` (see the module's description)."""
    fields: list[tuple[str, str | None]] = [("DATE", story.date or "")]
    fields.extend(
        (field.upper(), _LIST_SEPARATOR.join(getattr(story, field))) for field in LIST_FIELDS
    )
    fields += [
        ("AUTHOR", story.author),
        ("TYPE", story.text_type),
        ("LEWISSPLIT", story.lewis_split),
        ("CGISPLIT", story.cgi_split),
        ("NEWID", story.new_id or ""),
        ("OLDID", story.old_id),
        ("DATELINE", story.dateline or ""),
    ]
    field_block = "".join(
        f"{name}: {value}\n" if value else f"{name}:\n"
        for name, value in fields
        if value is not None
    )
    parts = [story.title or "", ""]
    text = _story_text(story)
    if text:
        parts += [text, ""]
    return "\n".join(parts) + "\n" + field_block


def parse_date(text: str) -> tuple[datetime.date, datetime.time | None, newscore.Span] | None:
    """Read a ``<DATE>`` value such as ``26-FEB-1987 15:01:01.79``.

    :returns: the date, the time when one is given, and where they stand in
        ``text``; ``None`` when ``text`` holds no such date or it is no real date.

    >>> parse_date("26-FEB-1987 15:01:01.79")[:2]
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
    time: datetime.time | None = None
    if match.group("hour") is not None:
        fraction: str = match.group("fraction") or ""
        try:
            time = datetime.time(
                int(match.group("hour")),
                int(match.group("minute")),
                int(match.group("second")),
                int(fraction.ljust(6, "0")) if fraction else 0,
            )
        except ValueError:
            time = None
    return date, time, newscore.Span(start=match.start(), end=match.end())


def looks_like_markup(text: str) -> bool:
    """Tell whether ``text`` is Reuters-21578 markup rather than a rendering."""
    return _MARKUP.match(text) is not None


def _section(
    kind: str, label: str | None, span: newscore.Span, text_span: newscore.Span, raw: str
) -> newscore.Section:
    return newscore.Section(
        kind=kind, label=label, text=text_span.of(raw), span=span, text_span=text_span
    )


def _field_block_start(text: str, found: list[tuple[int, int, int]]) -> int:
    """Return the index into ``found`` (start, end, next) of the first trailing field line."""
    index = len(found)
    first_field = len(found)
    while index > 0:
        start, end, _ = found[index - 1]
        if not text[start:end].strip():
            index -= 1
            continue
        if _FIELD.match(text, trimmed(text, start, end)[0], end) is None:
            break
        index -= 1
        first_field = index
    return first_field


def _read_story(
    story: str, reference: datetime.date | None
) -> tuple[newscore.Article | None, newscore.Problem | None]:
    try:
        return (
            newscore.parse(story, format="dateline", extract=False, reference_date=reference),
            None,
        )
    except newscore.FormatError as error:
        return None, newscore.Problem(
            code="reuters21578.no-dateline-format",
            message=f"the story was not read for its dateline: {error}",
            severity="info",
        )


def _shift_section(section: newscore.Section, offset: int) -> newscore.Section:
    return attrs.evolve(
        section, span=section.span.shifted(offset), text_span=section.text_span.shifted(offset)
    )


def _shift_problem(problem: newscore.Problem, offset: int) -> newscore.Problem:
    if problem.span is None:
        return problem
    return attrs.evolve(problem, span=problem.span.shifted(offset))


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one story's rendering (as :attr:`Format.split` makes it) into an Article.

    Title from the first line, date from the ``DATE:`` field, the other fields
    into ``meta``, and the story read by the ``dateline`` format, its sections
    shifted into this text and its dateline fields copied into ``meta``. Every
    field line is a ``meta`` section labelled with the field's name.

    Given markup instead (one ``<REUTERS>`` element, as ``newscore.parse``
    hands it over), the first story is rendered and read, with an ``info``
    problem ``reuters21578.rendered``: the article's ``raw`` is then the
    rendering, not the markup. Use :func:`newscore.read` for whole files.
    """
    if looks_like_markup(text):
        return _parse_markup(text, options)
    problems: list[newscore.Problem] = []
    damage = options.context.get("reuters21578_damage")
    if isinstance(damage, str):
        problems.append(
            newscore.Problem(code="reuters21578.damaged", message=damage, severity="warning")
        )
    found = [(line.start, line.end, line.next) for line in lines(text)]
    first_field = _field_block_start(text, found)
    title_span: newscore.Span | None = None
    story_start = 0
    if found and first_field > 0:
        start, end, following = found[0]
        title_start, title_end = trimmed(text, start, end)
        if title_start < title_end:
            title_span = newscore.Span(start=title_start, end=title_end)
            story_start = following
    fields_start = found[first_field][0] if first_field < len(found) else len(text)
    meta: dict[str, newscore.MetaValue] = {}
    sections: list[newscore.Section] = []
    date: datetime.date | None = None
    date_span: newscore.Span | None = None
    seen: set[str] = set()
    for start, end, _ in found[first_field:]:
        line_start, line_end = trimmed(text, start, end)
        field = _FIELD.match(text, line_start, line_end)
        if field is None:
            continue
        name: str = field.group("name")
        value_start, value_end = trimmed(text, field.end(), line_end)
        value_span = newscore.Span(start=value_start, end=value_end)
        line_span = newscore.Span(start=line_start, end=line_end)
        sections.append(_section("meta", name, line_span, value_span, text))
        if name in seen:
            problems.append(
                newscore.Problem(
                    code="reuters21578.repeated-field",
                    message=f"the field {name} is given twice; the first is used",
                    severity="warning",
                    span=line_span,
                )
            )
            continue
        seen.add(name)
        value = value_span.of(text)
        if name == "DATE":
            read = parse_date(value)
            if read is None:
                if value:
                    problems.append(
                        newscore.Problem(
                            code="reuters21578.invalid-date",
                            message=f"the DATE {value[:40]!r} is not a date",
                            severity="warning",
                            span=value_span,
                        )
                    )
                continue
            date = read[0]
            date_span = read[2].shifted(value_start)
            if read[1] is not None:
                meta["time"] = read[1].isoformat()
        elif name.lower() in LIST_FIELDS:
            meta[name.lower()] = tuple(part.strip() for part in value.split(";") if part.strip())
        elif value:
            meta[_META_KEYS[name]] = value
    story_begin, story_end = trimmed(text, story_start, fields_start)
    lead_span: newscore.Span | None = None
    sources: list[newscore.Source] = []
    furniture: list[newscore.Section] = []
    if story_begin < story_end:
        story = text[story_begin:story_end]
        inner, trouble = _read_story(story, date)
        if trouble is not None or inner is None:
            if trouble is not None:
                problems.append(trouble)
            span = newscore.Span(start=story_begin, end=story_end)
            sections.append(_section("body", None, span, span, text))
        else:
            sections.extend(_shift_section(section, story_begin) for section in inner.sections)
            furniture.extend(_shift_section(section, story_begin) for section in inner.furniture)
            covered = [*inner.sections, *inner.furniture]
            for kind, inner_span in (("title", inner.title_span), ("dateline", inner.date_span)):
                if inner_span is not None and not any(
                    section.span.contains(inner_span) for section in covered
                ):
                    shifted = inner_span.shifted(story_begin)
                    sections.append(_section(kind, None, shifted, shifted, text))
            for key in _FROM_DATELINE:
                if key in inner.meta:
                    meta[key] = inner.meta[key]
            if "dateline_agency" in inner.meta:
                meta["dateline_agency"] = inner.meta["dateline_agency"]
            if inner.lead_span is not None:
                lead_span = inner.lead_span.shifted(story_begin)
            sources.extend(
                attrs.evolve(
                    source,
                    span=source.span.shifted(story_begin),
                    name_span=source.name_span.shifted(story_begin)
                    if source.name_span is not None
                    else None,
                    via=None,
                )
                for source in inner.sources
            )
            # A story without a <DATELINE> (briefs, tables) is not expected to open with one.
            expected_dateline = "dateline_tag" in meta
            problems.extend(
                _shift_problem(problem, story_begin)
                for problem in inner.problems
                if expected_dateline or problem.code != "dateline.missing"
            )
    if "DATE" not in seen and text.strip():
        problems.append(
            newscore.Problem(
                code="reuters21578.no-date",
                message="the story has no DATE field",
                severity="warning",
            )
        )
    sections.sort(key=lambda section: (section.span.start, section.span.end))
    return newscore.Article.from_spans(
        raw=text,
        format=FORMAT_NAME,
        date=date,
        sections=sections,
        furniture=furniture,
        sources=sources,
        meta=meta,
        problems=problems,
        title_span=title_span,
        date_span=date_span,
        lead_span=lead_span,
    )


def _parse_markup(text: str, options: newscore.ReadOptions) -> newscore.Article:
    stories = split_stories(text.splitlines(keepends=True))
    first = next(stories, None)
    if first is None:
        rendering = render_story(read_story(""))
        damage: str | None = "no <REUTERS> element in the markup"
    else:
        rendering = render_story(read_story(first.text))
        damage = first.damage
    context = dict(options.context)
    if damage is not None:
        context["reuters21578_damage"] = damage
    article = parse(rendering, attrs.evolve(options, context=context))
    notes = [
        newscore.Problem(
            code="reuters21578.rendered",
            message="the markup was rendered as plain text: raw is the rendering",
            severity="info",
        )
    ]
    if next(stories, None) is not None:
        notes.append(
            newscore.Problem(
                code="reuters21578.several-stories",
                message="the markup holds several stories; only the first was read"
                " (use newscore.read for whole files)",
                severity="warning",
            )
        )
    return attrs.evolve(article, problems=(*article.problems, *notes))


# ---------------------------------------------------------------------------- writing


def _escape(text: str) -> str:
    return str(_CONTROL.sub("", text)).translate(_ESCAPES)


def _attribute(text: str) -> str:
    return str(_CONTROL.sub("", text)).translate(_ATTRIBUTE_ESCAPES)


def _meta_text(article: newscore.Article, key: str) -> str | None:
    value = article.meta.get(key)
    return value if isinstance(value, str) and value else None


def _meta_list(article: newscore.Article, key: str) -> tuple[str, ...]:
    value = article.meta.get(key)
    if isinstance(value, tuple):
        return tuple(" ".join(item.split()) for item in value if item.strip())
    if isinstance(value, str) and value.strip():
        return (" ".join(value.split()),)
    return ()


def story_text(article: newscore.Article) -> str:
    """Return the story of ``article``: the wire copy, dateline included.

    For articles of this format, the text between the title line and the
    field lines; for others, the raw text from the first to the last section
    or furniture line that is neither ``meta`` nor the title, or the lead.
    """
    parts = [
        section
        for section in (*article.sections, *article.furniture)
        if section.kind not in {"meta", "title"}
        and not (article.title_span is not None and article.title_span.contains(section.span))
    ]
    if parts:
        start = min(section.span.start for section in parts)
        end = max(section.span.end for section in parts)
        return article.raw[start:end].strip()
    return (article.lead or "").strip()


def _date_text(article: newscore.Article) -> str:
    if article.date is None:
        return ""
    date = article.date
    text = f"{date.day}-{_MONTHS[date.month - 1]}-{date.year:04d}"
    time_value = article.meta.get("time")
    time: datetime.time | None = None
    if isinstance(time_value, str):
        try:
            time = datetime.time.fromisoformat(time_value)
        except ValueError:
            time = None
    if time is None:
        time = datetime.time()
    return f"{text} {time:%H:%M:%S}.{time.microsecond // 10_000:02d}"


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as one SGML ``<REUTERS>`` element.

    What survives a round trip through :func:`newscore.read`: the title (on one
    line), the date with its time to the hundredth of a second, the category
    lists, ``NEWID``, ``OLDID``, the splits, the author, the ``DATELINE`` and
    the story text (with control characters dropped). The ``<UNKNOWN>``
    element and markup notes are not kept by the reader and not written.
    """
    story = story_text(article)
    dateline = _meta_text(article, "dateline_tag")
    body = story
    if dateline is not None and story.startswith(dateline):
        body = story[len(dateline) :].strip()
    else:
        dateline = None
    topics = _meta_list(article, "topics")
    attributes = [f'TOPICS="{"YES" if topics else "NO"}"']
    for name, key in (
        ("LEWISSPLIT", "lewis_split"),
        ("CGISPLIT", "cgi_split"),
        ("OLDID", "old_id"),
    ):
        value = _meta_text(article, key)
        if value is not None:
            attributes.append(f'{name}="{_attribute(value)}"')
    attributes.append(f'NEWID="{_attribute(_meta_text(article, "document_id") or "")}"')
    out = [f"<REUTERS {' '.join(attributes)}>\n", f"<DATE>{_date_text(article)}</DATE>\n"]
    for field in LIST_FIELDS:
        values = "".join(f"<D>{_escape(value)}</D>" for value in _meta_list(article, field))
        out.append(f"<{field.upper()}>{values}</{field.upper()}>\n")
    text_type = _meta_text(article, "text_type")
    out.append(f'<TEXT TYPE="{_attribute(text_type)}">\n' if text_type else "<TEXT>\n")
    if article.title:
        out.append(f"<TITLE>{_escape(' '.join(article.title.split()))}</TITLE>\n")
    author = _meta_text(article, "author")
    if author is not None:
        out.append(f"<AUTHOR>{_escape(author)}</AUTHOR>\n")
    if dateline is not None:
        out.append(f"<DATELINE>{_escape(dateline)} </DATELINE>")
    if body or dateline is not None:
        out.append(f"<BODY>{_escape(body)}\n</BODY>")
    out.append("</TEXT>\n</REUTERS>\n")
    return "".join(out)
