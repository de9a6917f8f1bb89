"""The story inside an agency item: XHTML, NITF or HTML markup, read block by block.

:func:`read_blocks` walks a body element (XHTML ``body``, NITF ``body.content``,
an HTML fragment) in document order. Each block element (``p``, ``li``,
``blockquote``...) is a paragraph, split further at blank and indented lines
when it holds pre-formatted text; inline markup (``span``, ``a``, an agency's
``<Company>``) is part of its text and ``br`` breaks a line. What is not running
text is kept as furniture of its own kind: headings (``h1``-``h6``, NITF
``hl1``/``hl2``) are ``subheading``, an XHTML ``header`` is ``body-header``,
table rows are ``table``, media captions are ``caption``.

:func:`read_html` reads HTML sent as text (a CDATA section, an escaped
``<content>``) with :mod:`lxml.html`, never by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from lxml import etree, html

from newscore_wire._newsml_article import WireArticle
from newscore_wire._newsml_tree import local

__all__ = ["looks_like_html", "read_blocks", "read_html"]

_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "blockquote", "pre", "li", "ul", "ol", "dl", "dd",
        "dt", "block", "body", "body.content", "figure", "main", "aside", "footer", "nitf",
        "address", "center",
    }
)  # fmt: skip
_FURNITURE = {
    "h1": "subheading",
    "h2": "subheading",
    "h3": "subheading",
    "h4": "subheading",
    "h5": "subheading",
    "h6": "subheading",
    "hl1": "subheading",
    "hl2": "subheading",
    "header": "body-header",
    "table": "table",
    "media": "caption",
    "figcaption": "caption",
    "media-caption": "caption",
    "caption": "caption",
}
_ROWS = frozenset({"tr", "thead", "tbody", "tfoot", "td", "th"})
_NOT_TEXT = frozenset({"script", "style", "head", "meta", "title", "link"})
_MARKUP = regex.compile(
    r"<(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|table)(?=[\s/>])", regex.I
)


def looks_like_html(text: str) -> bool:
    """Tell whether text sent as plain text is in fact HTML (it holds a block or inline tag)."""
    return _MARKUP.search(text[:65536]) is not None


def _inline(element: etree._Element) -> str:
    """Return an element's text with ``br`` as a line break and other markup left out."""
    parts: list[str] = []
    for node in element.iter():
        if node is not element and local(node) == "br":
            parts.append("\n")
        elif node is not element and local(node) in _NOT_TEXT:
            pass
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _is_block(element: etree._Element) -> bool:
    name = local(element)
    return name in _BLOCKS or name in _FURNITURE or name in _ROWS


def _runs(element: etree._Element) -> Iterator[tuple[etree._Element | None, str]]:
    """Yield the element's content in order: block children, and runs of inline text."""
    run: list[str] = [element.text or ""]
    for node in element:
        if not isinstance(node.tag, str) or local(node) in _NOT_TEXT:
            run.append(node.tail or "")
            continue
        if _is_block(node):
            yield None, "".join(run)
            run = []
            yield node, ""
        else:
            run.append("\n" if local(node) == "br" else _inline(node))
        run.append(node.tail or "")
    yield None, "".join(run)


def read_blocks(element: etree._Element, article: WireArticle, kind: str = "body") -> None:
    """Read a body element's blocks into ``article`` (see the module docs).

    :param kind: ``body`` for story paragraphs, else the furniture kind every
        block below gets (inside a ``header``, a table...).
    """
    stack: list[tuple[etree._Element, str]] = [(element, kind)]
    # An explicit stack: markup nested thousands deep must not exhaust Python's.
    pending: list[Iterator[tuple[etree._Element | None, str]]] = []
    kinds: list[str] = []
    while stack or pending:
        if stack:
            node, node_kind = stack.pop()
            name = local(node)
            if node_kind == "body" and name in _FURNITURE:
                node_kind = _FURNITURE[name]
            if node_kind == "table" and name == "tr":
                article.furniture("table", _inline(node))
                continue
            pending.append(_runs(node))
            kinds.append(node_kind)
            continue
        found = next(pending[-1], None)
        if found is None:
            pending.pop()
            kinds.pop()
            continue
        block, text = found
        if block is not None:
            stack.append((block, kinds[-1]))
        elif kinds[-1] == "body":
            article.preformatted(text)
        elif text.strip():
            article.furniture(kinds[-1], text)


def read_html(text: str, article: WireArticle) -> None:
    """Read HTML sent as text into ``article``'s paragraphs, with :mod:`lxml.html`."""
    try:
        body = html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        article.preformatted(text)
        return
    read_blocks(body, article)
