"""The ``nexis-html`` format: the LexisNexis Academic HTML export.

Each document sits between ``<DOCFULL>`` and ``</DOCFULL>`` markers hidden in
HTML comments. :func:`split` cuts at those markers as it reads the lines,
parses that one document's HTML with :mod:`lxml.html`, and renders it in the
classic text layout (field lines, title, date line, blank-line-separated
paragraphs), which :func:`parse` then reads. English, French and German
interfaces are read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import lxml.etree
import lxml.html
import regex

import newscore
from newscore_nexis._dates import read_date
from newscore_nexis._text import export_context, label_at, parse_article

__all__ = ["NEXIS_HTML", "parse", "render_document", "sniff", "split"]

_MARKER = regex.compile(r"(?i)<(?P<close>/)?+docfull>")
_LEADING_CLOSE = regex.compile(r"[ \t\r\n]*+-->")
_BLOCK_TAGS = frozenset(
    {"p", "div", "table", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote"}
)
_HEADER_LIMIT = 1 << 20
"""At most this many characters before the first document are kept for the context."""


def sniff(text: str) -> float:
    """Answer 0.99 when the text holds a ``<DOCFULL>`` marker."""
    return 0.99 if _MARKER.search(text) else 0.0


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one document, as :func:`render_document` rendered it."""
    return parse_article(text, options, format_name="nexis-html")


def _clean_lines(text: str, *, keep_blank: bool) -> list[str]:
    lines = [" ".join(line.split()) for line in text.replace("\u00a0", " ").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if not keep_blank:
        lines = [line for line in lines if line]
    return lines


def _inline(element: lxml.html.HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _inline(child))
            if child.tag in _BLOCK_TAGS:
                parts.append("\n")
        parts.append(child.tail or "")
    return "".join(parts)


def _paragraphs(element: lxml.html.HtmlElement) -> list[str]:
    found: list[str] = []
    pending: list[str] = [element.text or ""]

    def flush() -> None:
        lines = _clean_lines("".join(pending), keep_blank=True)
        if lines:
            found.append("\n".join(lines))
        pending.clear()

    for child in element:
        if not isinstance(child.tag, str):
            pass  # comments and processing instructions hold no text
        elif child.tag in _BLOCK_TAGS:
            flush()
            found.extend(_paragraphs(child))
        elif child.tag == "br":
            pending.append("\n")
        else:
            pending.append(_inline(child))
        pending.append(child.tail or "")
    flush()
    return found


def _blocks(element: lxml.html.HtmlElement) -> list[str]:
    paragraphs = _paragraphs(element)
    if paragraphs and label_at(paragraphs[0], 0, len(paragraphs[0])):
        # A field's value may run over several HTML paragraphs: keep it one block.
        return ["\n".join(_clean_lines("\n".join(paragraphs), keep_blank=False))]
    blocks: list[str] = []
    for paragraph in paragraphs:
        # A blank line inside a paragraph (<BR>&nbsp;<BR>) separates two blocks.
        blocks.extend(part for part in paragraph.split("\n\n") if part.strip())
    return blocks


def render_document(html: str) -> str:
    """Render one document's HTML (what lies between the DOCFULL markers) as text.

    :returns: the classic text layout: one block per field, title, date line and
        paragraph, blocks separated by a blank line, ``<BR>`` as a line break.
    """
    leading = _LEADING_CLOSE.match(html)
    if leading is not None:
        html = html[leading.end() :]
    opening = html.rfind("<!--")
    if opening >= 0 and html.find("-->", opening) < 0:
        html = html[:opening]
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    blocks: list[str] = []
    if root.text and root.text.strip():
        blocks.extend(_clean_lines(root.text, keep_blank=False))
    for child in root:
        if isinstance(child.tag, str) and child.tag != "br":
            blocks.extend(
                _blocks(child)
                if child.tag in _BLOCK_TAGS
                else _clean_lines(_inline(child), keep_blank=False)
            )
        if child.tail and child.tail.strip():
            blocks.extend(_clean_lines(child.tail, keep_blank=False))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _header_context(html: str) -> Mapping[str, newscore.MetaValue]:
    if not html.strip():
        return {}
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}
    lines: list[str] = []
    for paragraph in _paragraphs(root):
        lines.extend(f"{line}\n" for line in paragraph.split("\n"))
        lines.append("\n")
    context = dict(export_context(lines))
    for meta in root.iter("meta"):
        documents = meta.get("documents")
        if documents is not None and documents.isdigit():
            context.setdefault("export_documents", int(documents))
        updated = read_date(meta.get("updated") or "")
        if updated is not None and updated.date is not None:
            context.setdefault("export_date", updated.date.isoformat())
    return context


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut an HTML export at its DOCFULL markers as it reads, one chunk per document.

    A chunk's text is the document rendered by :func:`render_document`; its
    offset and line are those of the ``<DOCFULL>`` marker in the input. The
    page before the first document (download request, search terms) gives
    every article its context.
    """
    header: list[str] = []
    header_size = 0
    document: list[str] | None = None
    context: Mapping[str, newscore.MetaValue] | None = None
    start_offset = start_line = 0
    offset = 0
    for line_number, line in enumerate(lines, start=1):
        position = 0
        for marker in _MARKER.finditer(line):
            if marker.group("close") is None:
                if document is None:
                    header.append(line[position : marker.start()])
                    if context is None:
                        context = _header_context("".join(header))
                        header = []
                # An opening marker inside an open document starts a new one.
                elif "".join(document).strip():
                    yield from _chunk(document, start_offset, start_line, context)
                document = []
                start_offset, start_line = offset + marker.start(), line_number
            elif document is not None:
                document.append(line[position : marker.start()])
                yield from _chunk(document, start_offset, start_line, context)
                document = None
            position = marker.end()
        rest = line[position:]
        if document is not None:
            document.append(rest)
        elif context is None and header_size < _HEADER_LIMIT:
            header.append(rest)
            header_size += len(rest)
        offset += len(line)
    if document is not None:
        yield from _chunk(document, start_offset, start_line, context)


def _chunk(
    document: list[str], offset: int, line: int, context: Mapping[str, newscore.MetaValue] | None
) -> Iterator[newscore.Chunk]:
    text = render_document("".join(document))
    if text.strip():
        yield newscore.Chunk(text=text, offset=offset, line=line, context=context or {})


NEXIS_HTML = newscore.Format(
    name="nexis-html",
    summary="LexisNexis Academic HTML export (DOCFULL markup; English, French, German)",
    sniff=sniff,
    parse=parse,
    split=split,
    extensions=(".html", ".htm"),
)
"""The ``nexis-html`` format."""
