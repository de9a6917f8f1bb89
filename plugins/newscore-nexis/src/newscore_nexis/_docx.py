"""The ``nexis-docx`` format: the Nexis Uni DOCX export.

A DOCX file is a zip archive; the export's text is ``word/document.xml``.
:func:`decode` reads that part with :func:`lxml.etree.iterparse`, paragraph
by paragraph, and renders it as text: one block per paragraph, a form feed
line at each page break. The cover page (date and time of the export, search
terms, ``Quellen:``/``Sources:``, the list of documents) is no article;
:func:`split` cuts the rest after each ``End of Document`` line, and
:func:`parse` reads each article with the reader shared by all Nexis formats.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import lxml.etree

import newscore
from newscore_nexis._classic import chunks
from newscore_nexis._text import export_context, label_at, parse_article

__all__ = ["NEXIS_DOCX", "decode", "parse", "sniff", "sniff_bytes", "split"]

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


def decode(binary: BinaryIO) -> Iterator[str]:
    """Render a Nexis Uni DOCX file as lines of text, reading its XML as a stream.

    Each non-empty paragraph becomes its lines (``<w:br/>`` breaks a line)
    and a blank line; a page break becomes a form feed line (:data:`PAGE_BREAK`).
    No-break spaces become spaces and runs of spaces one space.

    :raises newscore.ParseError: if the file is no zip with ``word/document.xml``.
    """
    source: BinaryIO = binary if binary.seekable() else io.BytesIO(binary.read())
    try:
        archive = zipfile.ZipFile(source)
        part = archive.open(_DOCUMENT)
    except (zipfile.BadZipFile, KeyError) as error:
        raise newscore.ParseError(
            f"not a DOCX file with {_DOCUMENT}: {error}", code="nexis-docx.not-docx"
        ) from None
    with archive, part:
        for _, paragraph in lxml.etree.iterparse(part, events=("end",), tag=f"{_W}p"):
            if any(True for _ in paragraph.iterancestors(f"{_W}p")):
                continue  # a paragraph in a text box: read with the one holding it
            yield from _paragraph_lines(paragraph)
            paragraph.clear()
            parent = paragraph.getparent()
            while parent is not None and paragraph.getprevious() is not None:
                del parent[0]


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


NEXIS_DOCX = newscore.Format(
    name="nexis-docx",
    summary="Nexis Uni DOCX export (cover page, document list, one article per page)",
    sniff=sniff,
    parse=parse,
    split=split,
    extensions=(".docx",),
    sniff_bytes=sniff_bytes,
    decode=decode,
)
"""The ``nexis-docx`` format."""
