"""The ``nexis`` format: the classic LexisNexis plain-text export.

An export opens with a header (download request, time of request, search
terms, sources), then holds one block per document, each opening with a
centred ``N of M DOCUMENTS`` line. :func:`read` cuts at those lines as it
reads, so an export of any size streams; ``raw`` is each document's text
verbatim, line ends included.

Bounds: a header over :data:`~newscore_nexis._reading.HEADER_LIMIT` characters
without a document line is no header: it is read as text, in pieces of at most
that size, each with a ``nexis.no-document-line`` warning; a document over
:data:`~newscore_nexis._reading.DOCUMENT_LIMIT` characters is read in pieces,
each with a ``nexis.too-long`` warning. Nothing is cut away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

import regex

import newscore
from newscore_nexis._reading import DOCUMENT_LIMIT, HEADER_LIMIT, Buffer, finish, problem_at_end
from newscore_nexis._text import assemble, export_context, parse_article, text_blocks

__all__ = ["NEXIS", "parse", "read", "sniff", "split", "write"]

_DOCUMENT_LINE = regex.compile(
    r"[ \t\ufeff]*+[0-9]{1,9}+ (?i:of|von|sur) [0-9]{1,9}+ (?i:documents|dokumente)[ \t]*+"
    r"(?>\r\n|\r|\n)?+"
)
# A line start is the text's start or just after any line end (CR LF, CR or LF).
_DOCUMENT_ANYWHERE = regex.compile(
    r"(?<![^\r\n])[ \t\ufeff]*+[0-9]{1,9}+ (?i:of|von|sur) [0-9]{1,9}+"
    r" (?i:documents|dokumente)[ \t]*+(?![^\r\n])"
)
# What any document line holds, as a quick test before the line-anchored search:
# case-insensitively, "of", "von" and "sur" match only these letters (and ſ for s).
_DOCUMENT_HINT = re.compile(r"[0-9] (?:[oO][fF]|[vV][oO][nN]|[sSſ][uU][rR]) [0-9]")
_MARKUP = regex.compile(r"(?i)<docfull>|<html|<body")


def is_document_line(line: str) -> bool:
    """Tell whether ``line`` is an ``N of M DOCUMENTS`` line that opens a document."""
    return _DOCUMENT_LINE.fullmatch(line) is not None


def sniff(text: str) -> float:
    """Answer 0.99 when an ``N of M DOCUMENTS`` line stands alone outside HTML markup."""
    if _MARKUP.search(text):
        return 0.0
    if _DOCUMENT_HINT.search(text) is None:
        return 0.0
    return 0.99 if _DOCUMENT_ANYWHERE.search(text) else 0.0


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one document of a classic export (an ``N of M DOCUMENTS`` block)."""
    return parse_article(text, options, format_name="nexis")


def chunks(
    documents: Iterable[tuple[list[str], int, int]], context: Mapping[str, newscore.MetaValue]
) -> Iterator[newscore.Chunk]:
    """Turn ``(lines, offset, line)`` triples into chunks, skipping blank ones."""
    for lines, offset, line in documents:
        text = "".join(lines)
        if text.strip():
            yield newscore.Chunk(text=text, offset=offset, line=line, context=context)


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut a classic export into documents at its ``N of M DOCUMENTS`` lines, lazily.

    The header before the first document is no article: its time of request,
    search terms and sources become every article's context
    (see :func:`newscore_nexis._text.export_context`).
    """
    header: list[str] = []
    header_size = 0
    buffer: list[str] | None = None
    context: Mapping[str, newscore.MetaValue] = {}
    offset = 0
    start_offset = start_line = 0
    for line_number, line in enumerate(lines, start=1):
        if is_document_line(line):
            if buffer is None:
                context = export_context(header)
            else:
                yield from chunks([(buffer, start_offset, start_line)], context)
            buffer, start_offset, start_line = [], offset, line_number
        if buffer is not None:
            buffer.append(line)
        elif header_size < HEADER_LIMIT:
            header.append(line)
            header_size += len(line)
        offset += len(line)
    if buffer is not None:
        yield from chunks([(buffer, start_offset, start_line)], context)
    elif header:
        # No document line at all: read what there is as one article, not lose it.
        yield from chunks([(header, 0, 1)], {})


def _article(
    buffer: Buffer,
    context: Mapping[str, newscore.MetaValue],
    options: newscore.ReadOptions,
    problems: tuple[tuple[str, str], ...] = (),
) -> newscore.Article:
    text = buffer.text()
    article = assemble(text, text_blocks(text), context=context, format_name="nexis")
    found = [problem_at_end(text, code, message) for code, message in problems]
    return finish(article, options, offset=buffer.offset, line=buffer.line, problems=found)


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a classic export, one article per ``N of M DOCUMENTS`` block, lazily.

    The header before the first document is no article: its time of request,
    search terms and sources become every article's ``meta``. Text without any
    document line is read as one article with a ``nexis.no-document-line``
    problem (``info``; a ``warning`` when it passes the header bound and is
    read in pieces).
    """
    buffer = Buffer()
    in_document = False
    seen_document = False
    context: Mapping[str, newscore.MetaValue] = {}
    offset = 0
    number = 0
    for number, line in enumerate(lines, start=1):
        if is_document_line(line):
            if in_document:
                yield _article(buffer, context, options)
            elif not seen_document:
                context = export_context(buffer.lines)
            seen_document = in_document = True
            buffer.restart(offset, number)
        buffer.add(line)
        offset += len(line)
        limit = DOCUMENT_LIMIT if in_document else HEADER_LIMIT
        if buffer.size >= limit:
            code = "nexis.too-long" if in_document else "nexis.no-document-line"
            message = (
                f"over {limit} characters without a document line; read in pieces of at"
                f" most {limit} characters, cut at a line end here"
            )
            yield _article(buffer, context if in_document else {}, options, ((code, message),))
            buffer.restart(offset, number + 1)
    if in_document:
        if not buffer.blank():
            yield _article(buffer, context, options)
    elif not buffer.blank():
        text = buffer.text()
        article = assemble(text, text_blocks(text), context={}, format_name="nexis")
        problem = newscore.Problem(
            code="nexis.no-document-line",
            message="no 'N of M DOCUMENTS' line: the text was read as one document",
            severity="info",
        )
        yield finish(article, options, offset=buffer.offset, line=buffer.line, problems=[problem])


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FIELDS = (
    ("byline", "BYLINE"),
    ("section", "SECTION"),
    ("length", "LENGTH"),
)
_TRAILER_FIELDS = (
    ("load_date", "LOAD-DATE"),
    ("language_name", "LANGUAGE"),
    ("document_type", "DOCUMENT-TYPE"),
    ("publication_type", "PUBLICATION-TYPE"),
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _centred(text: str) -> str:
    return " " * max(0, (80 - len(text)) // 2) + text


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as one document of a classic export.

    Written: the index line (``meta["index"]``, else ``1 of 1``), the outlet,
    the date (``January 11, 2010 Monday``), the title, ``BYLINE``/``SECTION``/
    ``LENGTH`` fields, the lead and body paragraphs, then ``LOAD-DATE``,
    ``LANGUAGE``, ``DOCUMENT-TYPE`` and ``PUBLICATION-TYPE``. The ``crlf``
    variant ends lines with CR LF as LexisNexis does.
    """
    meta = article.meta
    index = meta.get("index")
    blocks = [_centred(f"{index if isinstance(index, str) else '1 of 1'} DOCUMENTS")]
    outlet = meta.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        blocks.append(_centred(_one_line(outlet)))
    if article.date is not None:
        day = article.date
        written = f"{_MONTHS[day.month - 1]} {day.day}, {day.year:04d} {_WEEKDAYS[day.weekday()]}"
        blocks.append(_centred(written))
    if article.title and article.title.strip():
        blocks.append(_one_line(article.title))
    paragraphs: list[str] = []
    for section in article.sections:
        if section.kind == "meta" or not section.text.strip():
            continue
        pieces = section.text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
        paragraphs.extend(_one_line(paragraph) for paragraph in pieces if paragraph.strip())
    if not paragraphs and article.lead and article.lead.strip():
        paragraphs.append(_one_line(article.lead))
    for key, label in _FIELDS:
        value = meta.get(key)
        if key == "length" and value is None and paragraphs:
            value = sum(len(paragraph.split()) for paragraph in paragraphs)
        if isinstance(value, int) and not isinstance(value, bool):
            blocks.append(f"{label}: {value} words")
        elif isinstance(value, str) and value.strip():
            blocks.append(f"{label}: {_one_line(value)}")
    blocks.extend(paragraphs)
    for key, label in _TRAILER_FIELDS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            blocks.append(f"{label}: {_one_line(value)}")
    text = "\n\n".join(blocks) + "\n"
    if "crlf" in options.variants:
        text = text.replace("\n", "\r\n")
    return text


NEXIS = newscore.Format(
    name="nexis",
    summary="classic LexisNexis plain-text export (N of M DOCUMENTS blocks)",
    sniff=sniff,
    parse=parse,
    split=split,
    read=read,
    write=write,
    variants=("crlf",),
    extensions=(".txt",),
)
"""The ``nexis`` format."""
