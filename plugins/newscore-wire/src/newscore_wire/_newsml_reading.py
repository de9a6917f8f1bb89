"""The read loop every NewsML-family format shares, and how their files are decoded.

:func:`read_items` parses a feed (:func:`newscore_wire._newsml_tree.parse_document`),
asks the format for its items' articles, and gives each its provenance. The
feed's own problems (broken XML, length) go on the first article; when the
feed gives no article at all (text that is not XML), the text is kept as the
body of one article with those problems, so nothing is lost.

:func:`decode_file` turns a file's bytes into lines: UTF-8 (after any BOM)
when the bytes are UTF-8, whatever the declaration says (agencies declare
ISO-8859-1 over UTF-8 bytes), else the declared encoding, else Windows-1252.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

import attrs
import regex
from lxml import etree

import newscore
from newscore_wire._newsml_article import WireArticle
from newscore_wire._newsml_tree import MAX_INPUT_CHARS, Document, local, parse_document

__all__ = ["ItemReader", "decode_file", "read_items"]

ItemReader = Callable[
    [etree._Element, newscore.ReadOptions], Iterator[tuple[WireArticle, etree._Element]]
]
"""A format's reader: the articles of a feed's root element, each with its item element."""

_DECLARED = regex.compile(r"\A[ \t\r\n]*+<\?xml[^>]{0,200}+encoding=[\"'](?P<name>[\w.:-]{1,40}+)")


class _Paths:
    """Simple paths of the items read, ``/newsmessage/itemset/newsitem[2]``, made in one pass.

    Items come in document order, so each is numbered by a running count under its
    parent's path: counting its siblings instead would be quadratic in a large message.
    """

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def of(self, element: etree._Element) -> str:
        """Return the path of ``element``, the next item read."""
        names = [local(node) for node in element.iterancestors()][::-1]
        parent = "/" + "/".join(names) if names else ""
        key = f"{parent}/{local(element)}"
        self._counts[key] = self._counts.get(key, 0) + 1
        return f"{key}[{self._counts[key]}]"


def _fallback(document: Document, format_name: str, prefix: str) -> WireArticle:
    article = WireArticle(format_name, prefix)
    source = document.root if document.root is not None else None
    text = "".join(source.itertext()) if source is not None else document.text
    article.preformatted(text if text.strip() else document.text)
    article.problem("no-item", "no item was found in this text; its text is kept as it is")
    return article


def read_items(
    lines: Iterable[str],
    options: newscore.ReadOptions,
    format_name: str,
    prefix: str,
    items: ItemReader,
) -> Iterator[newscore.Article]:
    """Read a feed's lines into articles with ``items`` (see the module docs)."""
    document = parse_document(lines, options, prefix)
    if document is None:
        return
    found = items(document.root, options) if document.root is not None else iter(())
    index = 0
    paths = _Paths()
    for article, element in found:
        built = article.build(
            options,
            newscore.Provenance(origin=options.origin, index=index, element=paths.of(element)),
        )
        if index == 0 and document.problems:
            built = attrs.evolve(built, problems=(*document.problems, *built.problems))
        index += 1
        yield built
    if index == 0:
        built = _fallback(document, format_name, prefix).build(
            options, newscore.Provenance(origin=options.origin)
        )
        yield attrs.evolve(built, problems=(*document.problems, *built.problems))


def decode_file(binary: BinaryIO) -> list[str]:
    """Return a feed file's lines (see the module docs).

    Bytes past four times :data:`MAX_INPUT_CHARS` are not read: no feed holds that much.
    """
    data = binary.read(MAX_INPUT_CHARS * 4 + 1)
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace").splitlines(keepends=True)
    try:
        return data.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.match(data[:256].decode("latin-1"))
    codec = declared.group("name") if declared is not None else "cp1252"
    try:
        return data.decode(codec, errors="replace").splitlines(keepends=True)
    except LookupError:
        return data.decode("cp1252", errors="replace").splitlines(keepends=True)
