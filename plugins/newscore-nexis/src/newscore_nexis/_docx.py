"""The ``nexis-docx`` format: the Nexis Uni DOCX export.

A DOCX file is a zip archive; the export's text is ``word/document.xml``.
:func:`decode` checks the archive against :class:`~newscore_nexis._bounds.ZipLimits`,
then reads that part with a hardened :func:`lxml.etree.iterparse` (no entity
resolution, no DTD, no network, no huge trees) streaming from the zip member,
paragraph by paragraph, and gives each paragraph's text as lines: one block
per paragraph, a form feed line at each page break. The body of a Nexis Uni
document *is* the classic Nexis layout written as paragraphs (title, outlet,
date line, ``Byline:`` fields, ``Body``, ``End of Document``), so its
paragraphs' text in document order is read by the same block reader as the
text export; nothing is rendered or invented, only paragraph and page breaks
become blank and form feed lines. The cover page (date and time of the
export, search terms, ``Quellen:``/``Sources:``, the list of documents) is no
article; :func:`read` cuts the rest after each ``End of Document`` line.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

import lxml.etree

import newscore
from newscore_nexis._bounds import LIMITS, ZipLimits, open_document
from newscore_nexis._classic import chunks
from newscore_nexis._reading import DOCUMENT_LIMIT, HEADER_LIMIT, Buffer, finish, problem_at_end
from newscore_nexis._text import assemble, export_context, label_at, parse_article, text_blocks

__all__ = ["NEXIS_DOCX", "decode", "parse", "read", "sniff", "sniff_bytes", "split"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = frozenset(
    {
        f"{_W}drawing",
        f"{_W}pict",
        f"{_W}instrText",
        f"{_W}delText",
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)
_DOCUMENT = "word/document.xml"
_ZIP_MAGIC = b"PK\x03\x04"
_NEXIS_MARKERS = (b"LADeliveryID", b"LADocCount", b"LexisNexis", b"Nexis Uni", b"End of Document")
_END = "End of Document"
PAGE_BREAK = "\f\n"
"""The line :func:`decode` writes at each page break of the document."""


def _head_entries(head: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield ``(name, content)`` for the zip entries whose header lies in ``head``."""
    position = 0
    while True:
        position = head.find(_ZIP_MAGIC, position)
        if position < 0 or position + 30 > len(head):
            return
        method, _, _, _, size, _, name_length, extra_length = struct.unpack(
            "<HHHIIIHH", head[position + 8 : position + 30]
        )
        name_start = position + 30
        name = head[name_start : name_start + name_length]
        data_start = name_start + name_length + extra_length
        data = (
            head[data_start : data_start + size] if size else head[data_start : data_start + 65536]
        )
        content = data
        if method == zipfile.ZIP_DEFLATED:
            try:
                content = zlib.decompressobj(-15).decompress(data, 1 << 20)
            except zlib.error:
                content = b""
        yield name, content
        position = name_start


def sniff_bytes(head: bytes) -> float:
    """Answer 0.99 for a zip with a ``word/document.xml`` part and a Nexis marker.

    Looks at the first bytes only: the entry names and the (inflated) parts
    whose headers lie in ``head`` (``_rels/.rels`` names ``word/document.xml``;
    ``docProps/custom.xml`` holds LexisNexis' ``LADeliveryID``).
    """
    if not head.startswith(_ZIP_MAGIC):
        return 0.0
    has_document = False
    has_marker = False
    for name, content in _head_entries(head):
        has_document = has_document or name == _DOCUMENT.encode() or _DOCUMENT.encode() in content
        has_marker = has_marker or any(marker in content for marker in _NEXIS_MARKERS)
    return 0.99 if has_document and has_marker else 0.0


def sniff(text: str) -> float:
    """Answer 0: a DOCX export is recognised from its bytes (:func:`sniff_bytes`)."""
    return 0.0


def _text(element: lxml.etree._Element) -> str:
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in {f"{_W}br", f"{_W}cr"}:
            parts.append("\n")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag != f"{_W}pPr":
            parts.append(_text(child))
    return "".join(parts)


def _page_break(paragraph: lxml.etree._Element) -> bool:
    section = paragraph.find(f"{_W}pPr/{_W}sectPr")
    if section is None:
        return False
    kind = section.find(f"{_W}type")
    return kind is None or kind.get(f"{_W}val") in {None, "nextPage", "oddPage", "evenPage"}


def _paragraph_lines(paragraph: lxml.etree._Element) -> Iterator[str]:
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in _text(paragraph).split("\n")]
    lines = [line for line in lines if line]
    if lines:
        yield from (f"{line}\n" for line in lines)
        yield "\n"
    if _page_break(paragraph):
        yield PAGE_BREAK


def decode(binary: BinaryIO, limits: ZipLimits = LIMITS) -> Iterator[str]:
    """Give a Nexis Uni DOCX file's paragraphs as lines of text, reading its XML as a stream.

    Each non-empty paragraph becomes its lines (``<w:br/>`` breaks a line)
    and a blank line; a page break becomes a form feed line (:data:`PAGE_BREAK`).
    No-break spaces become spaces and runs of spaces one space.

    :raises newscore.ParseError: ``nexis-docx.not-docx`` if the file is no zip
        with ``word/document.xml``; ``nexis-docx.too-large`` when a bound of
        ``limits`` is reached; ``nexis-docx.bad-xml`` when the XML is not
        well-formed or passes libxml2's bounds (depth 256, text nodes of
        10 MB); ``nexis-docx.corrupt`` when the zip member is damaged. Its
        line is that of the decoded text reached.
    """
    archive, part = open_document(binary, limits)
    line = 1
    with archive, part:
        parsing = lxml.etree.iterparse(
            part,
            events=("end",),
            tag=f"{_W}p",
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            dtd_validation=False,
        )
        try:
            for _, paragraph in parsing:
                if any(True for _ in paragraph.iterancestors(f"{_W}p")):
                    continue  # a paragraph in a text box: read with the one holding it
                for text in _paragraph_lines(paragraph):
                    yield text
                    line += 1
                paragraph.clear()
                parent = paragraph.getparent()
                while parent is not None and paragraph.getprevious() is not None:
                    del parent[0]
        except newscore.ParseError as error:
            raise newscore.ParseError(error.message, code=error.code, line=line) from None
        except lxml.etree.XMLSyntaxError as error:
            raise newscore.ParseError(
                f"{_DOCUMENT} is not well-formed XML: {error}", code="nexis-docx.bad-xml", line=line
            ) from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
            raise newscore.ParseError(
                f"{_DOCUMENT} is damaged: {error}", code="nexis-docx.corrupt", line=line
            ) from None


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one article of a Nexis Uni DOCX export, as :func:`decode` rendered it."""
    return parse_article(text, options, format_name="nexis-docx", title_first=True)


def _is_article(lines: list[str]) -> bool:
    has_field = False
    for line in lines:
        stripped = line.strip()
        if stripped == _END:
            return True
        if stripped.startswith(("Documents (", "Dokumente (")):
            return False
        has_field = has_field or label_at(stripped, 0, len(stripped)) is not None
    return has_field


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut decoded DOCX text into articles after each ``End of Document`` line, lazily.

    The pages before the first article (the cover page and the document list)
    give every article its context (``export_date``, ``search_terms``,
    ``export_source``, ``export_documents``) and ``index`` (``"3 of 10"``).
    """
    header: list[str] = []
    piece: list[str] = []
    context: dict[str, newscore.MetaValue] | None = None
    offset = start_offset = start_line = 0
    count = 0

    def cut() -> Iterator[newscore.Chunk]:
        nonlocal context, count
        if not "".join(piece).strip():
            return
        if context is None and not _is_article(piece):
            header.extend(piece)
            return
        if context is None:
            context = dict(export_context(header))
        count += 1
        total = context.get("export_documents")
        article_context = dict(context)
        if isinstance(total, int):
            article_context["index"] = f"{count} of {total}"
        yield from chunks([(list(piece), start_offset, start_line)], article_context)

    for line_number, line in enumerate(lines, start=1):
        if line == PAGE_BREAK:
            yield from cut()
            piece = []
        else:
            if not piece:
                start_offset, start_line = offset, line_number
            piece.append(line)
            if line.strip() == _END:
                yield from cut()
                piece = []
        offset += len(line)
    yield from cut()


def _located(
    buffer: Buffer,
    context: Mapping[str, newscore.MetaValue],
    options: newscore.ReadOptions,
    problems: Iterable[newscore.Problem] = (),
) -> newscore.Article:
    text = buffer.text()
    article = assemble(
        text, text_blocks(text), context=context, format_name="nexis-docx", title_first=True
    )
    return finish(article, options, offset=buffer.offset, line=buffer.line, problems=problems)


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read decoded DOCX text into articles, cut after each ``End of Document`` line, lazily.

    The pages before the first article (the cover page and the document list)
    give every article its context (``export_date``, ``search_terms``,
    ``export_source``, ``export_documents``) and ``index`` (``"3 of 10"``).
    Bounds: the cover pages are kept up to :data:`~newscore_nexis._reading.HEADER_LIMIT`
    characters, a document up to :data:`~newscore_nexis._reading.DOCUMENT_LIMIT`;
    past them the text is read as articles with a problem. When :func:`decode`
    fails part-way (bad XML, a bound of the zip reached), the text read so far
    becomes an article with that problem (an ``error``).
    """
    header = Buffer()
    piece = Buffer()
    context: dict[str, newscore.MetaValue] | None = None
    offset = 0
    count = 0
    produced = False
    iterator = iter(lines)

    def article_context() -> dict[str, newscore.MetaValue]:
        nonlocal context, count
        if context is None:
            context = dict(export_context(header.lines))
        count += 1
        total = context.get("export_documents")
        found = dict(context)
        if isinstance(total, int):
            found["index"] = f"{count} of {total}"
        return found

    def cut() -> Iterator[newscore.Article]:
        nonlocal produced, context
        if piece.blank():
            return
        if context is None and not _is_article(piece.lines):
            header.lines.extend(piece.lines)
            header.size += piece.size
            if header.size >= HEADER_LIMIT:
                problem = problem_at_end(
                    header.text(),
                    "nexis-docx.no-article",
                    f"over {HEADER_LIMIT} characters before the first document; they are"
                    " read as an article, and every later page as one",
                )
                yield _located(header, {}, options, [problem])
                produced = True
                header.restart(offset, header.line)
                context = {}
            return
        yield _located(piece, article_context(), options)
        produced = True

    number = 0
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            break
        except newscore.ParseError as error:
            if options.strict:
                raise
            problem = newscore.Problem(code=error.code, message=error.message, severity="error")
            if not piece.blank() or not produced:
                buffer = piece
                if not produced and not header.blank():
                    buffer = header
                    buffer.lines.extend(piece.lines)
                yield _located(buffer, article_context(), options, [problem])
            else:
                empty = newscore.Article(raw="", format="nexis-docx")
                yield finish(empty, options, offset=offset, line=number + 1, problems=[problem])
            return
        number += 1
        if line == PAGE_BREAK:
            yield from cut()
            piece.restart(offset + len(line), number + 1)
        else:
            if not piece.lines:
                piece.restart(offset, number)
            piece.add(line)
            if line.strip() == _END:
                yield from cut()
                piece.restart(offset + len(line), number + 1)
            elif piece.size >= DOCUMENT_LIMIT:
                problem = problem_at_end(
                    piece.text(),
                    "nexis-docx.too-long",
                    f"a document over {DOCUMENT_LIMIT} characters is read in pieces;"
                    " cut at a line end here",
                )
                yield _located(piece, article_context(), options, [problem])
                produced = True
                piece.restart(offset + len(line), number + 1)
        offset += len(line)
    yield from cut()
    if not produced and not header.blank():
        problem = newscore.Problem(
            code="nexis-docx.no-article",
            message="no 'End of Document' line and no field: the text was read as one article",
            severity="warning",
        )
        yield _located(header, {}, options, [problem])


NEXIS_DOCX = newscore.Format(
    name="nexis-docx",
    summary="Nexis Uni DOCX export (cover page, document list, one article per page)",
    sniff=sniff,
    parse=parse,
    split=split,
    read=read,
    extensions=(".docx",),
    sniff_bytes=sniff_bytes,
    decode=decode,
)
"""The ``nexis-docx`` format."""
