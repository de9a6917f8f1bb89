"""The ``nexis-html`` format: the LexisNexis Academic HTML export.

Each document sits between ``<DOCFULL>`` and ``</DOCFULL>`` markers hidden in
HTML comments. :func:`read` finds those markers as it reads the lines, parses
that one document's HTML with libxml2's HTML parser (as :mod:`lxml.html`), hardened (no network,
no huge trees: libxml2 caps the depth at 256 and text nodes at 10 MB), and
reads its fields from the tree: each top-level ``<DIV>`` of a document is one
field, one date line, one title or a run of body paragraphs (``<P>``); a field
is a ``<DIV>`` whose first text-bearing element holds its label and colon
(``<SPAN>BYLINE: </SPAN>``). English, French and German interfaces are read
alike.

``raw`` is the document's text content in document order: one block per
``<DIV>`` (a field) or ``<P>`` (a paragraph), blocks joined by a blank line,
whitespace runs as one space, ``<BR>`` as a line break. Nothing is added to the
text: the labels are the export's own words.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping

import attrs
import lxml.etree
import regex

import newscore
from newscore_nexis._dates import read_date
from newscore_nexis._reading import DOCUMENT_LIMIT, HEADER_LIMIT, Buffer, finish, problem_at_end
from newscore_nexis._text import Block, assemble, classify, export_context, label_at

__all__ = ["NEXIS_HTML", "document_article", "parse", "read", "sniff"]

_MARKER = regex.compile(r"(?i)<(?P<close>/)?+docfull>")
_LEADING_CLOSE = regex.compile(r"[ \t\r\n]*+-->")
_BLOCK_TAGS = frozenset(
    {"p", "div", "table", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote"}
)
# The cells of a table row are one paragraph, separated by a space.
_CELL_TAGS = frozenset({"td", "th"})
_LINE_END = regex.compile(r"\r\n|\r|\n")


def _parser() -> lxml.etree.HTMLParser:
    # libxml2's HTML parser, as lxml.html uses it, but with plain elements:
    # no per-element class lookup, which costs more than the parse on big tables.
    return lxml.etree.HTMLParser(
        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True
    )


def sniff(text: str) -> float:
    """Answer 0.99 when the text holds a ``<DOCFULL>`` marker."""
    return 0.99 if _MARKER.search(text) else 0.0


def _clean_lines(text: str, *, keep_blank: bool) -> list[str]:
    lines = [" ".join(line.split()) for line in text.replace("\u00a0", " ").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if not keep_blank:
        lines = [line for line in lines if line]
    return lines


def _inline(element: lxml.etree._Element) -> str:
    if not len(element):
        return element.text or ""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _inline(child))
            if child.tag in _BLOCK_TAGS:
                parts.append("\n")
            elif child.tag in _CELL_TAGS:
                parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def _paragraphs(element: lxml.etree._Element) -> list[str]:
    found: list[str] = []
    pending: list[str] = [element.text or ""]

    def flush() -> None:
        joined = "".join(pending)
        if not joined or joined.isspace():
            pending.clear()
            return
        if "\n" not in joined and "\u00a0" not in joined:
            found.append(" ".join(joined.split()))
            pending.clear()
            return
        lines = _clean_lines(joined, keep_blank=True)
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
            if child.tag in _CELL_TAGS:
                pending.append(" ")
        pending.append(child.tail or "")
    flush()
    return found


def _label(element: lxml.etree._Element) -> str | None:
    """Return the field label (without its colon) held by the first element with text."""
    if (element.text or "").strip():
        return None
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        written = " ".join((child.text or "").split())
        if not written:
            if (child.tail or "").strip():
                return None
            continue
        found = label_at(written, 0, len(written))
        if found is None or found.end() != len(written):
            return None
        label: str = found.group("label")
        return label
    return None


@attrs.frozen(kw_only=True)
class _Piece:
    text: str
    label: str | None
    line: int  # source line of the element, in the document's HTML


def _element_pieces(element: lxml.etree._Element) -> list[_Piece]:
    line = element.sourceline or 1
    paragraphs = _paragraphs(element)
    label = _label(element)
    if paragraphs and label is not None:
        # A field's value may run over several HTML paragraphs: keep it one block.
        text = "\n".join(_clean_lines("\n".join(paragraphs), keep_blank=False))
        return [_Piece(text=text, label=label, line=line)]
    pieces: list[_Piece] = []
    for paragraph in paragraphs:
        # A blank line inside a paragraph (<BR>&nbsp;<BR>) separates two blocks.
        pieces.extend(
            _Piece(text=part, label=None, line=line)
            for part in paragraph.split("\n\n")
            if part.strip()
        )
    return pieces


def _pieces(root: lxml.etree._Element) -> list[_Piece]:
    pieces: list[_Piece] = []
    line = root.sourceline or 1

    def loose(text: str | None, at: int) -> None:
        if text and text.strip():
            pieces.extend(
                _Piece(text=part, label=None, line=at)
                for part in _clean_lines(text, keep_blank=False)
            )

    loose(root.text, line)
    for child in root:
        at = child.sourceline or line
        if isinstance(child.tag, str) and child.tag != "br":
            if child.tag in _BLOCK_TAGS:
                pieces.extend(_element_pieces(child))
            else:
                loose(_inline(child), at)
        loose(child.tail, at)
    return pieces


def _fatal(parser: lxml.etree.HTMLParser) -> str | None:
    for entry in parser.error_log:
        if entry.level_name == "FATAL":
            return f"line {entry.line}: {entry.message}"
    return None


def _unreadable(
    html: str, reason: str, options: newscore.ReadOptions, *, offset: int, line: int, element: str
) -> newscore.Article:
    """Keep the document's HTML as written, in one section, when lxml cannot read it whole."""
    sections: list[newscore.Section] = []
    stripped = html.strip()
    if stripped:
        start = html.index(stripped)
        span = newscore.Span(start=start, end=start + len(stripped))
        sections.append(newscore.Section.unlabelled(kind="body", raw=html, span=span))
    problem = newscore.Problem(
        code="nexis-html.unreadable",
        message=f"the document's HTML cannot be read ({reason}); raw is its HTML as written",
        severity="error",
    )
    article = newscore.Article(raw=html, format="nexis-html", sections=sections)
    return finish(article, options, offset=offset, line=line, problems=[problem], element=element)


def document_article(
    html: str,
    options: newscore.ReadOptions,
    *,
    context: Mapping[str, newscore.MetaValue] | None = None,
    offset: int = 0,
    line: int = 1,
    element: str = "/html/body",
    whole_page: bool = False,
    problems: Iterable[newscore.Problem] = (),
) -> newscore.Article | None:
    """Read one document's HTML (what lies between its DOCFULL markers) into an article.

    :param html: the document's HTML.
    :param context: the export's facts, put in ``meta``.
    :param offset: character offset of the document in the input.
    :param line: 1-based line of the document in the input.
    :param element: the element path recorded in the provenance.
    :param whole_page: ``html`` is a whole page (no DOCFULL markers): read its body.
    :returns: the article, or ``None`` when the HTML holds no text at all.
    """
    leading = _LEADING_CLOSE.match(html)
    skipped = leading.end() if leading is not None else 0
    body = html[skipped:]
    opening = body.rfind("<!--")
    if opening >= 0 and body.find("-->", opening) < 0:
        body = body[:opening]
    if not body.strip():
        return None
    parser = _parser()
    meta: dict[str, newscore.MetaValue] = dict(context or {})
    try:
        if whole_page:
            page = lxml.etree.fromstring(body, parser=parser)
            if page is None:  # libxml2 found no element at all (a text of bad bytes)
                raise ValueError("no HTML element could be read")
            title = page.findtext(".//title")
            if title and title.strip():
                meta["html_title"] = " ".join(title.split())
            root = page.find("body")
            root = page if root is None else root
        else:
            page = lxml.etree.fromstring(f"<div>{body}</div>", parser=parser)
            if page is None:
                raise ValueError("no HTML element could be read")
            inner = page.find("body/div")
            root = page if inner is None else inner
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as error:
        return _unreadable(html, str(error), options, offset=offset, line=line, element=element)
    fatal = _fatal(parser)
    if fatal is not None:
        return _unreadable(html, fatal, options, offset=offset, line=line, element=element)
    pieces = _pieces(root)
    first_line = line + len(_LINE_END.findall(html, 0, skipped))
    texts: list[str] = []
    spans: list[tuple[int, int, tuple[str, int] | None]] = []
    starts: list[int] = []
    lines: list[int] = []
    position = 0
    for piece in pieces:
        start, end = position, position + len(piece.text)
        label = None
        if piece.label is not None:
            written = f"{piece.label}:"
            if piece.text.startswith(written):
                label = (piece.label, start + len(written))
        texts.append(piece.text)
        starts.append(start)
        lines.append(first_line + piece.line - 1)
        position = end + 2
        spans.append((start, end, label))
    raw = "\n\n".join(texts) + "\n" if texts else ""
    found: list[Block] = [
        classify(raw, start, end, label=label, find_label=False) for start, end, label in spans
    ]

    def position_of(at: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, at) - 1
        return (lines[index] if index >= 0 else first_line), 1

    article = assemble(raw, found, context=meta, format_name="nexis-html")
    return finish(
        article,
        options,
        offset=offset,
        line=line,
        problems=problems,
        element=element,
        position=position_of,
    )


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one document's HTML; a whole export is read by :func:`read`."""
    article = document_article(text, options, whole_page=_MARKER.search(text) is None)
    if article is None:
        return newscore.Article(raw="", format="nexis-html")
    return article


def _header_context(html: str) -> Mapping[str, newscore.MetaValue]:
    if not html.strip():
        return {}
    parser = _parser()
    try:
        # libxml2's HTML parser gives None when it finds no element at all.
        root: lxml.etree._Element | None = lxml.etree.fromstring(html, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return {}
    if root is None:
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


def _no_marker(buffer: Buffer, cut: bool) -> newscore.Problem:
    if cut:
        # No span: the article's raw is the piece's text, not the markup the cut was made in.
        return newscore.Problem(
            code="nexis-html.no-document-marker",
            message=f"over {HEADER_LIMIT} characters without a <DOCFULL> marker; the page is read"
            f" in pieces of at most {HEADER_LIMIT} characters, cut at a line end after this one",
            severity="warning",
        )
    return newscore.Problem(
        code="nexis-html.no-document-marker",
        message="no <DOCFULL> marker: the page's body was read as one document",
        severity="warning",
    )


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read an HTML export at its DOCFULL markers as it reads, one article per document.

    An article's provenance gives the ``<DOCFULL>`` marker's offset and line
    in the input, and ``element`` ``/html/body/DOCFULL[n]``. The page before
    the first document (download request, search terms, ``<META>``) gives
    every article its context. A page without any marker is read as one
    document, with a ``nexis-html.no-document-marker`` warning.
    """
    buffer = Buffer()
    in_document = False
    context: Mapping[str, newscore.MetaValue] | None = None
    number = 0
    offset = 0
    line_number = 0

    def document(problems: tuple[newscore.Problem, ...] = ()) -> Iterator[newscore.Article]:
        article = document_article(
            buffer.text(),
            options,
            context=context,
            offset=buffer.offset,
            line=buffer.line,
            element=f"/html/body/DOCFULL[{number}]",
            problems=problems,
        )
        if article is not None:
            yield article

    def page(cut: bool) -> Iterator[newscore.Article]:
        article = document_article(
            buffer.text(),
            options,
            offset=buffer.offset,
            line=buffer.line,
            whole_page=True,
            problems=(_no_marker(buffer, cut),),
        )
        if article is not None:
            yield article
        elif not cut:
            empty = newscore.Article(raw="", format="nexis-html")
            yield finish(
                empty,
                options,
                offset=buffer.offset,
                line=buffer.line,
                problems=[_no_marker(buffer, cut)],
            )

    for line_number, line in enumerate(lines, start=1):
        position = 0
        for marker in _MARKER.finditer(line):
            piece = line[position : marker.start()]
            if marker.group("close") is None:
                if in_document:
                    # An opening marker inside an open document starts a new one.
                    buffer.add(piece)
                    yield from document()
                elif context is None:
                    buffer.add(piece)
                    context = _header_context(buffer.text())
                in_document = True
                number += 1
                buffer.restart(offset + marker.start(), line_number)
            elif in_document:
                buffer.add(piece)
                yield from document()
                in_document = False
                buffer.restart(offset + marker.end(), line_number)
            position = marker.end()
        rest = line[position:]
        offset += len(line)
        if in_document or context is None:
            buffer.add(rest)
        if in_document and buffer.size >= DOCUMENT_LIMIT:
            cut = problem_at_end(
                buffer.text(),
                "nexis-html.too-long",
                f"a document over {DOCUMENT_LIMIT} characters of HTML is read in pieces;"
                " cut at a line end here",
            )
            yield from document((cut,))
            buffer.restart(offset, line_number + 1)
        elif context is None and buffer.size >= HEADER_LIMIT:
            yield from page(cut=True)
            buffer.restart(offset, line_number + 1)
        elif not in_document and context is not None:
            buffer.restart(offset, line_number + 1)
    if in_document:
        yield from document()
    elif context is None and not buffer.blank():
        yield from page(cut=False)


NEXIS_HTML = newscore.Format(
    name="nexis-html",
    summary="LexisNexis Academic HTML export (DOCFULL markup; English, French, German)",
    sniff=sniff,
    parse=parse,
    read=read,
    extensions=(".html", ".htm"),
)
"""The ``nexis-html`` format."""
