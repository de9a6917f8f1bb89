"""The one reader behind every Nexis format: the classic plain-text layout.

Each Nexis format turns its input into this text, one article at a time, and
:func:`parse_article` reads it::

    1 of 10 DOCUMENTS                      <- index (classic and HTML)
    The Times (London)                     <- outlet
    January 11, 2010 Monday                <- date line, edition lines after it
    Title of the article                   <- title (DOCX puts it first)
    BYLINE: Tom Coghlan                    <- field blocks
    LENGTH: 453 words
    First paragraph...                     <- lead, then body
    LOAD-DATE: January 11, 2010            <- more field blocks
    Copyright 2010 Times Newspapers Limited

Blocks are runs of non-blank lines. Every block becomes a section (``lead``,
``body`` or ``meta``) or the title, so nothing of the text is left out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

import attrs
import regex

import newscore
from newscore.toolkit import paragraphs, trimmed
from newscore_nexis._dates import FoundDate, read_date

__all__ = [
    "AGENCIES",
    "FIELD_KEYS",
    "MARKERS",
    "Block",
    "assemble",
    "classify",
    "export_context",
    "label_at",
    "parse_article",
    "text_blocks",
]

FIELD_KEYS: dict[str, str] = {
    "byline": "byline",
    "autor": "byline",
    "auteur": "byline",
    "section": "section",
    "rubrik": "section",
    "rubrique": "section",
    "length": "length",
    "länge": "length",
    "longueur": "length",
    "language": "language",
    "sprache": "language",
    "langue": "language",
    "load-date": "load_date",
    "update": "load_date",
    "date-chargement": "load_date",
    "ladedatum": "load_date",
    "document-type": "document_type",
    "dokumenttyp": "document_type",
    "type-document": "document_type",
    "publication-type": "publication_type",
    "pub-type": "publication_type",
    "publikationstyp": "publication_type",
    "type-publication": "publication_type",
    "document-id": "document_id",
    "document id": "document_id",
    "doc-id": "document_id",
    "dateline": "dateline",
    "highlight": "highlight",
    "encart": "highlight",
    "graphic": "graphic",
    "grafik": "graphic",
    "journal-code": "journal_code",
    "journal code": "journal_code",
    "zeitungs-code": "journal_code",
    "correction": "correction",
    "correction-date": "correction_date",
    "notes": "notes",
    "subject": "subject",
    "sujet": "subject",
    "organization": "organization",
    "organisation": "organization",
    "person": "person",
    "geographic": "geographic",
    "localisation-geo": "geographic",
    "industry": "industry",
    "secteur-activite": "industry",
    "company": "company",
    "societe": "company",
    "ticker": "ticker",
    "symbole-boursier": "ticker",
    "type": "type",
    "series": "series",
    "distribution": "distribution",
    "url": "url",
}
"""Field labels Nexis writes (lower case) and the :attr:`~newscore.Article.meta` key each fills.

Upper-case hyphenated labels not listed here (``CITY-CODE:``) are read too,
under their lower-cased, underscored name.
"""

MARKERS = frozenset(
    {"body", "classification", "end of document", "text", "klassifikation", "corps"}
)
"""Lines that only mark where a part of a Nexis Uni document begins or ends."""

AGENCIES = (
    "agence france presse",
    "afp",
    "associated press",
    "the associated press",
    "ap",
    "reuters",
    "thomson reuters",
    "dpa",
    "deutsche presse-agentur",
    "xinhua",
    "ansa",
    "efe",
    "interfax",
    "tass",
    "itar-tass",
    "press association",
    "pa",
    "upi",
    "united press international",
    "kyodo",
    "bloomberg",
    "apa",
    "sda",
    "ukrinform",
    "unian",
)
"""Outlet names (lower case) that are news agencies rather than newspapers."""

_LANGUAGES = {
    "english": "en",
    "englisch": "en",
    "anglais": "en",
    "german": "de",
    "deutsch": "de",
    "allemand": "de",
    "french": "fr",
    "französisch": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "italian": "it",
    "dutch": "nl",
    "russian": "ru",
    "ukrainian": "uk",
    "portuguese": "pt",
    "polish": "pl",
}

_SPACE = r"[ \t\u00a0]"
_KNOWN_LABELS = "|".join(
    regex.escape(label).replace(r"\ ", _SPACE)
    for label in sorted(FIELD_KEYS, key=len, reverse=True)
)
# A known label in any case, or an upper-case hyphenated one; then a colon.
_LABEL = regex.compile(
    rf"(?i:(?P<label>(?>{_KNOWN_LABELS})))(?![\p{{L}}\-]){_SPACE}*+:"
    rf"|(?P<label>\p{{Lu}}{{2,20}}+-[\p{{Lu}}\-]{{2,30}}+){_SPACE}*+:"
)
_INDEX = regex.compile(
    r"(?P<index>[0-9]{1,9}+ (?i:of|von|sur) [0-9]{1,9}+)"
    r" (?i:documents?|dokumente?|documents?)(?![\p{L}])"
)
_COPYRIGHT = regex.compile(r"(?i)(?:copyright|©|\(c\))(?![\p{L}])")
_COPYRIGHT_FIRST = frozenset("cC©(")
_MARKER_LENGTH = max(len(marker) for marker in MARKERS)
_NUMBER = regex.compile(r"[0-9][0-9,.\u00a0\u202f' ]{0,15}+")
_NAME_END = regex.compile(r"\(| -- | - ")
_YEAR = regex.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
_DATE_LINE_CHARS = 120


def _clean(value: str) -> str:
    return " ".join(value.split())


def label_at(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Match a field label (``BYLINE:``, ``Länge:``) that starts exactly at ``start``."""
    return _LABEL.match(text, start, end)


@attrs.frozen(kw_only=True)
class Block:
    """One block of an article: a field, a marker, the copyright, the index or text.

    :param span: the block in the article's raw text.
    :param line_end: the end of the block's first line (blanks trimmed).
    :param kind: ``"field"``, ``"marker"``, ``"copyright"``, ``"index"`` or ``"text"``.
    :param label: a field's label as written, without its colon.
    :param value_start: where a field's value starts (after the colon).
    """

    span: newscore.Span
    line_end: int
    kind: str
    label: str | None = None
    value_start: int = 0


def _first_line_end(text: str, start: int, end: int) -> int:
    if end - start < 200 and "\n" not in text[start:end] and "\r" not in text[start:end]:
        return trimmed(text, start, end)[1]  # one short line
    for stop in (text.find("\n", start, end), text.find("\r", start, end)):
        if stop >= 0:
            end = min(end, stop)
    return trimmed(text, start, end)[1]


def classify(
    text: str,
    start: int,
    end: int,
    *,
    label: tuple[str, int] | None = None,
    find_label: bool = True,
) -> Block:
    """Tell what the block ``text[start:end]`` is.

    :param label: a field label already read from the markup, as the label
        and the offset where the value starts.
    :param find_label: without ``label``, look for one at the block's start
        (the text layout); markup formats read labels from their tree instead.
    """
    span = newscore.Span(start=start, end=end)
    line_end = _first_line_end(text, start, end)
    if label is None and find_label:
        found = label_at(text, start, line_end)
        if found is not None:
            label = (found.group("label"), found.end())
    if label is not None:
        return Block(
            span=span, line_end=line_end, kind="field", label=label[0], value_start=label[1]
        )
    first = text[start] if start < end else ""
    if end - start <= _MARKER_LENGTH and text[start:end].casefold() in MARKERS:
        return Block(span=span, line_end=line_end, kind="marker")
    if first in _COPYRIGHT_FIRST and _COPYRIGHT.match(text, start, line_end):
        return Block(span=span, line_end=line_end, kind="copyright")
    if first.isdigit() and _INDEX.fullmatch(text, start, line_end):
        return Block(span=span, line_end=line_end, kind="index")
    return Block(span=span, line_end=line_end, kind="text")


def text_blocks(text: str) -> list[Block]:
    """Cut a text written in the classic layout into its blocks (runs of non-blank lines)."""
    return [classify(text, paragraph.start, paragraph.end) for paragraph in paragraphs(text)]


def _meta_section(text: str, block: Block) -> newscore.Section:
    if block.label is None:
        label = text[block.span.start : block.span.end] if block.kind == "marker" else None
        value = newscore.Span(start=block.span.end, end=block.span.end)
        if block.kind != "marker":
            value = block.span
    else:
        label = block.label
        start, end = trimmed(text, block.value_start, block.span.end)
        value = newscore.Span(start=start, end=max(start, end))
    return newscore.Section(
        kind="meta", label=label, text=value.of(text), span=block.span, text_span=value
    )


def _length(value: str) -> int | None:
    found = _NUMBER.match(value)
    if found is None:
        return None
    digits = "".join(character for character in found.group() if character.isdigit())
    return int(digits) if digits else None


def _field_value(key: str, value: str) -> newscore.MetaValue:
    if key == "length":
        return _length(value) or value
    if key in {"load_date", "correction_date"}:
        found = read_date(value)
        if found is not None and found.date is not None:
            return found.date.isoformat()
    return value


def _language(value: str) -> str | None:
    for word in regex.split(r"[^\p{L}]++", value.casefold()):
        if word in _LANGUAGES:
            return _LANGUAGES[word]
    return None


def _source(text: str, block: Block, publication_type: str | None) -> newscore.Source:
    start, end = block.span.start, block.line_end
    cut = _NAME_END.search(text, start, end)
    name_end = trimmed(
        text, start, cut.start() if cut is not None and cut.start() > start else end
    )[1]
    name = text[start:name_end]
    agency = name.casefold() in AGENCIES or (publication_type or "").casefold() == "newswire"
    return newscore.Source(
        name=name,
        kind="news agency" if agency else "newspaper",
        description=text[start:end],
        span=newscore.Span(start=start, end=end),
        name_span=newscore.Span(start=start, end=name_end),
    )


def _find_date(text: str, blocks: list[Block], first: int) -> tuple[int, FoundDate] | None:
    for position in range(first, min(first + 4, len(blocks))):
        block = blocks[position]
        if block.kind != "text":
            return None
        found = read_date(text, block.span.start, block.line_end)
        if found is not None:
            return position, found
    return None


def _missing_date(text: str, blocks: list[Block], first: int) -> newscore.Problem:
    """Say why no date was read: a line of the head that has a year but no readable date."""
    for block in blocks[first : first + 4]:
        if block.kind != "text" or block.line_end - block.span.start > _DATE_LINE_CHARS:
            continue
        if _YEAR.search(text, block.span.start, block.line_end) is not None:
            line = newscore.Span(start=block.span.start, end=block.line_end)
            return newscore.Problem(
                code="nexis.date-unreadable",
                message=f"cannot read the date {line.of(text)!r}",
                severity="warning",
                span=line,
            )
    return newscore.Problem(
        code="nexis.no-date", message="no date line after the outlet", severity="info"
    )


@attrs.frozen(kw_only=True)
class _Head:
    outlet: Block | None = None
    title: Block | None = None
    date_block: Block | None = None
    date: FoundDate | None = None
    extra: tuple[Block, ...] = ()
    rest: int = 0


def _read_head(text: str, blocks: list[Block], first: int, title_first: bool) -> _Head:
    dated = _find_date(text, blocks, first)
    if dated is None:
        plain = 0
        while first + plain < len(blocks) and blocks[first + plain].kind == "text":
            plain += 1
        if plain == 0:
            return _Head(rest=first)
        if plain == 1:
            return _Head(title=blocks[first], rest=first + 1)
        pair = (blocks[first + 1], blocks[first]) if title_first else blocks[first : first + 2]
        return _Head(outlet=pair[0], title=pair[1], rest=first + 2)
    position, found = dated
    before = blocks[first:position]
    outlet: Block | None = None
    title: Block | None = None
    extra: list[Block] = []
    if title_first and len(before) >= 2:
        title, outlet, extra = before[0], before[-1], before[1:-1]
    elif before:
        outlet, extra = before[0], before[1:]
    rest = position + 1
    if title is None and not title_first and rest < len(blocks) and blocks[rest].kind == "text":
        title = blocks[rest]
        rest += 1
    return _Head(
        outlet=outlet,
        title=title,
        date_block=blocks[position],
        date=found,
        extra=tuple(extra),
        rest=rest,
    )


def parse_article(
    text: str,
    options: newscore.ReadOptions,
    *,
    format_name: str,
    title_first: bool = False,
) -> newscore.Article:
    """Read one Nexis article written in the classic text layout.

    :param text: the article's text; it becomes :attr:`~newscore.Article.raw`.
    :param options: the read options; their ``context`` goes into ``meta``.
    :param format_name: the name of the calling format, for ``article.format``.
    :param title_first: the title comes before the outlet (Nexis Uni DOCX)
        rather than after the date line (classic text and HTML exports).
    :returns: the article; doubtful text is recorded as problems.
    """
    return assemble(
        text,
        text_blocks(text),
        context=options.context,
        format_name=format_name,
        title_first=title_first,
    )


def assemble(
    text: str,
    blocks: list[Block],
    *,
    context: Mapping[str, newscore.MetaValue],
    format_name: str,
    title_first: bool = False,
) -> newscore.Article:
    """Build the article whose raw text is ``text`` from its ``blocks``, in order.

    Index blocks, then outlet, date line and title by position (the title
    first for Nexis Uni DOCX), then fields, markers, copyright and body
    paragraphs. Every block becomes a section or the title.
    """
    meta: dict[str, newscore.MetaValue] = dict(context)
    sections: list[newscore.Section] = []
    problems: list[newscore.Problem] = []
    first = 0
    while first < len(blocks) and blocks[first].kind == "index":
        found_index = _INDEX.fullmatch(text, blocks[first].span.start, blocks[first].line_end)
        if found_index is not None:
            meta["index"] = found_index.group("index")
        sections.append(_meta_section(text, blocks[first]))
        first += 1
    head = _read_head(text, blocks, first, title_first)
    sections.extend(
        _meta_section(text, block)
        for block in (head.outlet, head.date_block, *head.extra)
        if block is not None
    )
    date: datetime.date | None = None
    date_span: newscore.Span | None = None
    if head.date is not None and head.date_block is not None:
        date, date_span = head.date.date, head.date.span
        if head.date.time is not None:
            meta["time"] = head.date.time.isoformat()
        edition = _clean(text[head.date.span.end : head.date_block.span.end]).strip(" ,;")
        if edition:
            meta["edition"] = edition
        if date is None:
            problems.append(
                newscore.Problem(
                    code="nexis.invalid-date",
                    message=f"{date_span.of(text)!r} is not a real calendar date",
                    severity="warning",
                    span=date_span,
                )
            )
    elif blocks:
        problems.append(_missing_date(text, blocks, first))
    if head.outlet is not None:
        meta["outlet"] = _clean(text[head.outlet.span.start : head.outlet.line_end])
    body: list[Block] = []
    runs: list[list[Block]] = []
    for block in blocks[head.rest :]:
        if block.kind == "text":
            body.append(block)
            continue
        if body:
            runs.append(body)
            body = []
        sections.append(_meta_section(text, block))
        if block.label is not None:
            written = block.label
            key = FIELD_KEYS.get(" ".join(written.casefold().split()))
            key = key or written.casefold().replace("-", "_").replace(" ", "_")
            value = _clean(sections[-1].text)
            meta[key] = _field_value(key, value)
            if key == "language":
                meta["language_name"] = value
                code = _language(value)
                if code is None:
                    del meta["language"]
                else:
                    meta["language"] = code
        elif block.kind == "copyright":
            meta["copyright"] = _clean(block.span.of(text))
    if body:
        runs.append(body)
    lead_span: newscore.Span | None = None
    for number, run in enumerate(runs):
        if number == 0:
            lead_span = run[0].span
            sections.append(
                newscore.Section(
                    kind="lead",
                    label=None,
                    text=lead_span.of(text),
                    span=lead_span,
                    text_span=lead_span,
                )
            )
            run = run[1:]  # noqa: PLW2901 - the lead is taken off the first run
        if run:
            span = newscore.Span(start=run[0].span.start, end=run[-1].span.end)
            sections.append(
                newscore.Section(
                    kind="body", label=None, text=span.of(text), span=span, text_span=span
                )
            )
    sections.sort(key=lambda section: section.span.start)
    if head.title is None and blocks:
        problems.append(
            newscore.Problem(code="nexis.no-title", message="no title found", severity="info")
        )
    publication_type = meta.get("publication_type")
    sources = []
    if head.outlet is not None:
        kind = publication_type if isinstance(publication_type, str) else None
        sources.append(_source(text, head.outlet, kind))
    title_span = head.title.span if head.title is not None else None
    return newscore.Article.from_spans(
        raw=text,
        format=format_name,
        date=date,
        sections=sections,
        sources=sources,
        meta=meta,
        problems=problems,
        title_span=title_span,
        date_span=date_span,
        lead_span=lead_span,
    )


_CONTEXT_LABELS = {
    "time of request": "export_date",
    "date and time": "export_date",
    "datum und uhrzeit": "export_date",
    "terms": "search_terms",
    "search terms": "search_terms",
    "suchbegriffe": "search_terms",
    "source": "export_source",
    "sources": "export_source",
    "quellen": "export_source",
    "download request": "download_request",
    "job number": "job_number",
}


def export_context(lines: Iterable[str]) -> Mapping[str, newscore.MetaValue]:
    """Read the export-level facts in the header before the first document.

    :param lines: the header's lines (download request, search terms, sources).
    :returns: ``export_date`` (ISO date), ``search_terms``, ``export_source``,
        ``download_request``, ``job_number`` and ``export_documents``, those found.
    """
    context: dict[str, newscore.MetaValue] = {}
    key: str | None = None
    for line in lines:
        stripped = _clean(line)
        if not stripped:
            key = None
            continue
        label, colon, value = stripped.partition(":")
        found = _CONTEXT_LABELS.get(label.casefold()) if colon else None
        if found is None:
            documents = regex.fullmatch(
                r"(?i)(?:documents|dokumente)[ ]?+\(([0-9]{1,9}+)\)", stripped
            )
            if documents is not None:
                context["export_documents"] = int(documents.group(1))
            elif key == "search_terms":
                context[key] = f"{context[key]} {stripped}".strip()
                continue
            key = None
            continue
        key, value = found, value.strip()
        if key == "export_date":
            date = read_date(value)
            if date is not None and date.date is not None:
                value = date.date.isoformat()
        if key not in context:
            context[key] = value
    return context
