"""The field-code *text* layout: Factiva articles pasted as text, one field a line.

This is text, not markup, so it is read with (linear) regular expressions;
``article.raw`` is the text exactly as given and every span points into it::

    HD Kuwait says no plans for emergency OPEC talks
    WC 412 words
    PD 1 March 1987
    SN Reuters
    LA English
    AN REUT00019870301-0007

    LP
    Kuwait's oil minister said ...

    TD
    He told Reuters ...

The head is a block of field lines (``CODE value``); ``LP`` and ``TD`` marker
lines open the lead and the body. Text without markers is read as a lead
paragraph and a body, and field lines after the body as a second meta block.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs
import regex

import newscore
from newscore.toolkit import lines, paragraphs, trimmed
from newscore_factiva._dates import find_date
from newscore_factiva._names import agency_kind, language_code

__all__ = ["FIELD_NAMES", "KNOWN_CODES", "parse_fields"]

FIELD_NAMES: Mapping[str, str] = {
    "SE": "section",
    "BY": "byline",
    "CR": "credit",
    "WC": "length",
    "ET": "time",
    "SN": "outlet",
    "SC": "source_code",
    "ED": "edition",
    "PG": "page",
    "VOL": "volume",
    "LA": "language",
    "CY": "copyright",
    "CLM": "column",
    "RF": "reference",
    "PUB": "publisher",
    "AN": "document_id",
    "NOTE": "notes",
    "OT": "other",
}
"""Field codes stored in :attr:`newscore.Article.meta`, and their keys there.

``HD`` and ``PD`` give the title and the date; ``NS``, ``RE``, ``IN`` and ``CO``
give ``codes`` (and ``subject_codes``, ``region_codes``, ``industry_codes``,
``company_codes``); ``IPC`` and ``IPD`` give ``ipc`` and ``ipd``. Any other
code ``XX`` is kept as ``factiva_xx``.
"""

_CODE_LISTS: Mapping[str, str] = {
    "NS": "subject_codes",
    "RE": "region_codes",
    "IN": "industry_codes",
    "CO": "company_codes",
    "IPC": "ipc",
    "IPD": "ipd",
}

KNOWN_CODES = frozenset(
    {"HD", "PD", "LP", "TD", "NGC", "GC", "ART", "CT", *FIELD_NAMES, *_CODE_LISTS}
)
"""Codes that open a field block; inside a block any code of 2-4 capitals is read."""

_FIELD = regex.compile(
    r"[ \t\u00a0\ufeff]*+(?P<code>[A-Z]{2,4}+)(?:[ \t\u00a0]++(?P<value>[^\r\n]*+))?+"
)
_MARKER = regex.compile(
    r"[ \t\u00a0\ufeff]*+(?P<code>LP|TD)(?:[ \t\u00a0]++(?P<value>[^\r\n]*+))?+"
)
_COUNT = regex.compile(r"[0-9][0-9.,\u00a0\u202f']*+")
# ----------------------------------------------------------------------- reading


@attrs.frozen
class _Field:
    code: str
    line: newscore.Span
    value: newscore.Span


@attrs.frozen
class _Part:
    """A lead or body: where its marker (if any) and its text lines are."""

    label: str | None
    start: int
    content: list[newscore.Span] = attrs.field(factory=list)


def _field_at(text: str, start: int, end: int, *, known_only: bool) -> _Field | None:
    found = _FIELD.fullmatch(text, start, end)
    if found is None:
        return None
    code = found.group("code")
    if known_only and code not in KNOWN_CODES:
        return None
    if code in {"LP", "TD"}:
        return None
    value_start = found.start("value") if found.group("value") is not None else end
    value = newscore.Span(start=value_start, end=trimmed(text, value_start, end)[1])
    line_start = trimmed(text, start, end)[0]
    return _Field(code=code, line=newscore.Span(start=line_start, end=end), value=value)


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Group the non-blank lines of ``text`` into runs separated by blank lines."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for line in lines(text):
        start, end = trimmed(text, line.start, line.end)
        if start == end:
            if current:
                groups.append(current)
                current = []
            continue
        current.append((start, end))
    if current:
        groups.append(current)
    return groups


def _field_block(text: str, block: list[tuple[int, int]]) -> list[_Field] | None:
    """Read ``block`` as field lines; ``None`` unless its first line is a known field."""
    fields: list[_Field] = []
    for index, (start, end) in enumerate(block):
        field = _field_at(text, start, end, known_only=index == 0)
        if field is None:
            if index == 0 or _MARKER.fullmatch(text, start, end):
                return None if index == 0 else fields
            last = fields[-1]
            # A line of its own inside a field block continues the value above.
            fields[-1] = attrs.evolve(
                last,
                line=newscore.Span(start=last.line.start, end=end),
                value=newscore.Span(start=last.value.start if last.value else start, end=end),
            )
            continue
        fields.append(field)
    return fields


def parse_fields(text: str, options: newscore.ReadOptions, format_name: str) -> newscore.Article:
    """Read one article in the field-code layout (see the module docs).

    :param options: how to read; problems are recorded, the host raises in strict mode.
    :param format_name: the name the article is recorded with.
    """
    blocks = _blocks(text)
    fields: list[_Field] = []
    meta_spans: list[newscore.Span] = []
    if blocks:
        head = _field_block(text, blocks[0])
        if head:
            fields.extend(head)
            meta_spans.append(newscore.Span(start=head[0].line.start, end=head[-1].line.end))
            rest = blocks[0][_lines_used(head, blocks[0]) :]
            blocks = ([rest] if rest else []) + blocks[1:]
    tail: list[list[_Field]] = []
    # Field blocks after the lead or the body (NS, RE, AN... in pasted exports) are meta too.
    while len(blocks) > 1:
        candidate = _field_block(text, blocks[-1])
        if not candidate or _lines_used(candidate, blocks[-1]) != len(blocks[-1]):
            break
        tail.insert(0, candidate)
        blocks.pop()
    for block_fields in tail:
        fields.extend(block_fields)
        meta_spans.append(
            newscore.Span(start=block_fields[0].line.start, end=block_fields[-1].line.end)
        )
    return _article(text, format_name, fields, meta_spans, _parts(text, blocks))


def _parts(text: str, blocks: list[list[tuple[int, int]]]) -> list[_Part]:
    """Cut the content lines into parts at the first ``LP`` and the first ``TD`` marker."""
    parts: list[_Part] = []
    seen: set[str] = set()
    for block in blocks:
        for start, end in block:
            marker = _MARKER.fullmatch(text, start, end)
            if marker is not None:
                code = marker.group("code")
                if code not in seen and (code == "TD" or not seen):
                    seen.add(code)
                    parts.append(_Part(label=code, start=start))
                    if marker.group("value") is not None:
                        value_start = marker.start("value")
                        parts[-1].content.append(newscore.Span(start=value_start, end=end))
                    continue
            if not parts:
                parts.append(_Part(label=None, start=start))
            parts[-1].content.append(newscore.Span(start=start, end=end))
    return parts


def _lines_used(fields: list[_Field], block: list[tuple[int, int]]) -> int:
    end = fields[-1].line.end
    return sum(1 for _, line_end in block if line_end <= end)


def _section(
    text: str, kind: str, label: str | None, span: newscore.Span, content: newscore.Span
) -> newscore.Section:
    return newscore.Section(
        kind=kind, label=label, text=content.of(text), span=span, text_span=content
    )


def _article(
    text: str,
    format_name: str,
    fields: list[_Field],
    meta_spans: list[newscore.Span],
    parts: list[_Part],
) -> newscore.Article:
    sections: list[newscore.Section] = [
        _section(text, "meta", None, span, span) for span in meta_spans
    ]
    lead_part: _Part | None = None
    implicit = bool(parts) and parts[0].label is None
    for part in parts:
        if part.content:
            content = newscore.Span(start=part.content[0].start, end=part.content[-1].end)
            span = newscore.Span(start=part.start, end=content.end)
        else:
            end = part.start + len(part.label or "")
            content = newscore.Span(start=end, end=end)
            span = newscore.Span(start=part.start, end=end)
        kind = "lead" if part.label == "LP" else "body"
        if implicit and lead_part is None and part.content:
            # No markers: the first paragraph is the lead, the rest the body.
            found = paragraphs(text, content.start, content.end)
            first = found[0].span
            sections.append(_section(text, "lead", None, first, first))
            lead_part = part
            if len(found) > 1:
                rest = newscore.Span(start=found[1].start, end=content.end)
                sections.append(_section(text, "body", None, rest, rest))
            continue
        if kind == "lead":
            lead_part = part
        sections.append(_section(text, kind, part.label, span, content))
    sections.sort(key=lambda section: section.span.start)
    lead_section = next((s for s in sections if s.kind == "lead"), None)
    lead_span: newscore.Span | None = None
    if lead_section is not None and lead_section.text:
        found = paragraphs(text, lead_section.text_span.start, lead_section.text_span.end)
        lead_span = found[0].span if found else None
    return _with_fields(
        newscore.Article(
            raw=text,
            format=format_name,
            sections=sections,
            lead=lead_span.of(text) if lead_span else None,
            lead_span=lead_span,
        ),
        fields,
    )


def _codes(value: str) -> tuple[str, ...]:
    codes: list[str] = []
    for part in value.split("|"):
        code = part.split(" : ", 1)[0].strip() if " : " in part else part.strip()
        if code:
            codes.append(code)
    return tuple(codes)


def _with_fields(article: newscore.Article, fields: Iterable[_Field]) -> newscore.Article:
    text = article.raw
    meta: dict[str, newscore.MetaValue] = {}
    problems: list[newscore.Problem] = []
    title: newscore.Span | None = None
    date_span: newscore.Span | None = None
    date = None
    sources: list[newscore.Source] = []
    codes: list[str] = []
    for field in fields:
        value = field.value.of(text)
        code = field.code
        if code == "HD":
            if title is None and value:
                title = field.value
        elif code == "PD":
            if date_span is not None or not value:
                continue
            found = find_date(text, field.value.start, field.value.end)
            if found is None or found.date is None:
                problems.append(
                    newscore.Problem(
                        code="factiva.unknown-date",
                        message=f"cannot read the date {value[:60]!r}",
                        severity="warning",
                        span=field.value,
                    )
                )
                continue
            date, date_span = found.date, found.span
        elif code in _CODE_LISTS:
            found_codes = _codes(value)
            key = _CODE_LISTS[code]
            previous = meta.get(key)
            meta[key] = (previous if isinstance(previous, tuple) else ()) + found_codes
            if code in {"NS", "RE", "IN", "CO"}:
                codes.extend(found_codes)
        elif code == "WC":
            count = _COUNT.match(value)
            digits = "".join(ch for ch in count.group() if ch.isdigit()) if count else ""
            if digits:
                meta["length"] = int(digits)
        elif code == "LA":
            iso = language_code(value)
            if iso is not None:
                meta["language"] = iso
            meta["language_name"] = value
        elif code == "AN":
            meta["document_id"] = value.split()[-1] if value.split() else value
        elif code == "SN":
            if "outlet" not in meta and value:
                meta["outlet"] = value
                sources.append(
                    newscore.Source(
                        name=value,
                        kind=agency_kind(value),
                        description=value,
                        span=field.value,
                        name_span=field.value,
                    )
                )
        else:
            key = FIELD_NAMES.get(code, f"factiva_{code.lower()}")
            if key not in meta:
                meta[key] = value
    if codes:
        meta["codes"] = tuple(dict.fromkeys(codes))
    if title is None:
        # Factiva gives every article a headline: without one, the export is damaged.
        problems.append(
            newscore.Problem(
                code="factiva.no-headline",
                message="the article has no headline (HD)",
                severity="warning",
            )
        )
    return attrs.evolve(
        article,
        title=title.of(text) if title else None,
        title_span=title,
        date=date,
        date_span=date_span,
        meta=meta,
        sources=sources,
        problems=(*article.problems, *problems),
    )
