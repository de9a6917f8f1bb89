"""The ``dateline`` format: wire copy that opens with a dateline.

::

    Ukraine's Naftogaz secures $500 mln for extra winter gas imports

    By Marta Kowalczyk and Oleksii Bondar

    September 3, 2025 4:12 PM GMT+3 Updated 2 hours ago

    KYIV, Sept 3 (Reuters) - Ukraine's state energy company Naftogaz has ...

    (Reporting by Marta Kowalczyk; Editing by Gareth Moorcroft)

Lines before the dateline paragraph are the headline, bylines, timestamps
and page metadata; the dateline paragraph is the lead; the paragraphs after
it form one ``body`` section, up to the credit lines at the end. Bylines,
timestamps, page metadata and credits are kept as the article's
:attr:`~newscore.Article.furniture`, with their text in ``meta``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

import regex

import newscore
from newscore.toolkit import (
    Dateline,
    Paragraph,
    agency_source,
    dateline_date,
    dateline_meta,
    format_date,
    match_dateline,
    paragraphs,
    search_date,
    split_clippings,
    trimmed,
)

HEAD_LINES = 8
"""How many lines before the dateline paragraph may hold headline and furniture."""

_BYLINE = regex.compile(r"(?i)by[ \t\u00a0]++\p{Lu}")
_TIMESTAMP_WORDS = regex.compile(
    r"(?i)(?:updated|published|posted|last[ \t]++update|\d{1,2}:\d{2})"
)
_PAGEMETA = regex.compile(r"[^|\n]{1,80}+\|[^|\n]{1,80}+\|")
_CREDITS = regex.compile(
    r"(?i)^\(?+(?:reporting|writing|editing|additional[ \t]++reporting|compiled)[ \t]++by\b"
    r"|^reuter$|^\(?+\p{Lu}[\p{L} .'’\-]{1,60}+(?:writer|correspondent)s?+[ \t]++"
    r"[^\n]{0,120}+contributed|contributed[ \t]++to[ \t]++this[ \t]++report\.?\)?+$"
)


def _furniture_kind(text: str) -> str | None:
    """Tell which kind of furniture a head line is, or ``None`` for the headline."""
    if _BYLINE.match(text):
        return "byline"
    if _PAGEMETA.match(text):
        return "pagemeta"
    if search_date(text) is not None and _TIMESTAMP_WORDS.search(text):
        return "timestamp"
    return None


_DatelineFound = tuple[int, Dateline] | None
_last_found: list[tuple[str, _DatelineFound]] = [("", None)]
"""The dateline found in the last text looked at: ``parse`` reads what ``sniff`` read."""


def _find_dateline(text: str) -> _DatelineFound:
    """Return the index of the dateline paragraph among the first ones, and its dateline."""
    last_text, last_found = _last_found[0]
    if last_text == text:
        return last_found
    found = _first_dateline(text)
    _last_found[0] = (text, found)
    return found


def _first_dateline(text: str) -> _DatelineFound:
    for index, paragraph in enumerate(paragraphs(text, limit=HEAD_LINES + 1)):
        found = match_dateline(text, paragraph.start, paragraph.end)
        if found is not None:
            return index, found
    return None


def sniff(text: str) -> float:
    """Answer 0.9 for a dateline with an agency, 0.6 for one with a date only."""
    found = _find_dateline(text[:8000])
    if found is None:
        return 0.0
    return 0.9 if found[1].agency is not None else 0.6


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one wire story."""
    blocks = paragraphs(text)
    found = _find_dateline(text)
    problems: list[newscore.Problem] = []
    meta: dict[str, newscore.MetaValue] = {}
    furniture: list[newscore.Section] = []
    title_span: newscore.Span | None = None
    date: datetime.date | None = None
    date_span: newscore.Span | None = None
    if found is None:
        problems.append(
            newscore.Problem(
                code="dateline.missing",
                message="no dateline found; the text is read as a lead and a body",
                severity="warning",
                span=blocks[0].span if blocks else None,
            )
        )
        dateline_index, dateline = 0, None
    else:
        dateline_index, dateline = found
    # Head: headline and furniture before the dateline paragraph, one line at a time.
    for block in blocks[:dateline_index]:
        for line in _block_lines(text, block):
            line_text = line.of(text)
            kind = _furniture_kind(line_text)
            if kind is None and title_span is None:
                title_span = line
                continue
            kind = kind or "slug"
            furniture.append(newscore.Section.unlabelled(kind=kind, raw=text, span=line))
            _add_meta(meta, kind, line_text)
            if kind in {"timestamp", "pagemeta"} and date is None:
                stamp = search_date(text, line.start, line.end)
                if stamp is not None and stamp.date is not None:
                    date, date_span = stamp.date, stamp.span
    # Tail: credit lines at the end.
    body_blocks = blocks[dateline_index:]
    while len(body_blocks) > 1 and _CREDITS.search(body_blocks[-1].span.of(text).strip()):
        credit = body_blocks.pop()
        furniture.append(newscore.Section.unlabelled(kind="credits", raw=text, span=credit.span))
        _add_meta(meta, "credits", credit.span.of(text))
    sections: list[newscore.Section] = []
    lead_span: newscore.Span | None = None
    sources: list[newscore.Source] = []
    if body_blocks:
        first = body_blocks[0]
        lead_start = dateline.span.end if dateline is not None else first.start
        lead_span = newscore.Span(start=lead_start, end=max(lead_start, first.end))
        sections.append(
            newscore.Section(
                kind="lead",
                label=None,
                text=lead_span.of(text),
                span=first.span,
                text_span=lead_span,
            )
        )
        if len(body_blocks) > 1:
            body = newscore.Span(start=body_blocks[1].start, end=body_blocks[-1].end)
            sections.append(newscore.Section.unlabelled(kind="body", raw=text, span=body))
    if dateline is not None:
        meta.update(dateline_meta(dateline))
        resolved = dateline_date(dateline, options)
        if date is None and resolved is not None:
            date, date_span = resolved, dateline.date_span
        elif date is None and dateline.month is not None:
            problems.append(
                newscore.Problem(
                    code="dateline.no-year",
                    message="the dateline gives no year and no reference date was known;"
                    " its day and month are in meta",
                    severity="info",
                    span=dateline.date_span,
                )
            )
        agency = agency_source(dateline)
        if agency is not None:
            sources.append(agency)
    return newscore.Article.from_spans(
        raw=text,
        format="dateline",
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


def _block_lines(text: str, block: Paragraph) -> Iterator[newscore.Span]:
    position = block.start
    while position < block.end:
        end = text.find("\n", position, block.end)
        end = block.end if end < 0 else end
        start, stop = trimmed(text, position, end)
        if start < stop:
            yield newscore.Span(start=start, end=stop)
        position = end + 1


def _add_meta(meta: dict[str, newscore.MetaValue], kind: str, value: str) -> None:
    value = " ".join(value.split())
    existing = meta.get(kind)
    meta[kind] = value if not isinstance(existing, str) else f"{existing} / {value}"


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut an input of several stories at separator lines (``---``, form feeds)."""
    return split_clippings(lines)


AGENCY_STYLES = ("reuters", "ap", "afp", "tass", "xinhua")


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as wire copy; ``dateline+ap`` and the like choose the agency's style."""
    styles = [style for style in AGENCY_STYLES if style in options.variants]
    if len(styles) > 1:
        raise newscore.FormatError("choose one agency style variant")
    style = styles[0] if styles else "reuters"
    blocks: list[str] = []
    if article.title:
        blocks.append(" ".join(article.title.split()))
    places = article.meta.get("dateline_places")
    place_names = places if isinstance(places, tuple) and places else ("LONDON",)
    date = article.date
    lead_section = article.section("lead")
    lead = lead_section.text if lead_section is not None else (article.lead or "")
    blocks.append(_dateline_text(style, place_names, date) + " ".join(lead.split()))
    body = [section.text for section in article.sections if section.kind not in {"lead"}]
    blocks.extend(text.replace("\r\n", "\n").replace("\r", "\n") for text in body if text)
    return "\n\n".join(blocks) + "\n"


_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def _dateline_text(style: str, places: tuple[str, ...], date: datetime.date | None) -> str:
    upper = "/".join(place.upper() for place in places)
    if style == "ap":
        return f"{upper} (AP) — "
    if style == "afp":
        title = "/".join(place.title() for place in places)
        return f"{title} (AFP) - "
    if date is None:
        when = ""
    elif style == "tass":
        when = f", {format_date(date, 'long', 'en').split()[1]} {date.day}"
    else:
        month = _AP_MONTHS[date.month - 1]
        when = f", {month if style == 'xinhua' else month.rstrip('.')} {date.day}"
    if style == "tass":
        return f"{upper}{when}. /TASS/. "
    if style == "xinhua":
        return f"{upper}{when} (Xinhua) -- "
    return f"{upper}{when} (Reuters) - "


DATELINE = newscore.Format(
    name="dateline",
    summary="wire copy opening with a dateline: KYIV, Aug 30 (Reuters) - ...",
    sniff=sniff,
    parse=parse,
    split=split,
    write=write,
    variants=AGENCY_STYLES,
    extensions=(".txt",),
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``dateline`` format."""
    registry.add(DATELINE)
