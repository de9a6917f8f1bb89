"""Small lxml helpers shared by the plugin's XML readers: safe parsing, names and text.

Every reader of this plugin parses with :func:`parse_xml`, which never
resolves entities or touches the network (XXE-safe), reports malformed markup
with its line and column, and in lenient mode recovers what libxml2 can.
:func:`decode_markup` turns an XML file's bytes into lines of text, trusting
the bytes over a wrong encoding declaration. The names here are stable: other
modules of the plugin import them.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import attrs
import regex
from lxml import etree

import newscore
from newscore.toolkit import collapse, from_lf_position, join_bounded

__all__ = [
    "MAX_INPUT_CHARS",
    "PROLOG",
    "ParsedXml",
    "attribute",
    "children",
    "decode_markup",
    "first",
    "join_lines",
    "local_name",
    "parse_xml",
    "text_content",
    "xml_parser",
]

MAX_INPUT_CHARS = 64 * 1024 * 1024
"""The most characters of one input an XML reader keeps (64 Mi); past it, a problem."""

_LINE_END = regex.compile(r"\r\n|\r|\n")
_DECLARED = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?+[ \t\r\n]*+<\?xml[^>]{0,200}+encoding=[\"']([A-Za-z0-9._-]{1,40}+)"
)


def xml_parser(*, recover: bool = False) -> etree.XMLParser:
    """Return an XXE-safe parser (no entities, no network, no DTD, no huge trees)."""
    return etree.XMLParser(
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
    )


def local_name(element: etree._Element) -> str:
    """Return the tag of ``element`` without its namespace; ``""`` for comments and the like."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """Return the child elements of ``element`` whose local name is ``name``."""
    return [child for child in element if local_name(child) == name]


def first(element: etree._Element | None, *path: str) -> etree._Element | None:
    """Follow ``path`` (local names, one step per child level); the first match, or ``None``."""
    current = element
    for name in path:
        if current is None:
            return None
        current = next((child for child in current if local_name(child) == name), None)
    return current


def attribute(element: etree._Element | None, name: str) -> str | None:
    """Return ``element``'s attribute ``name`` with white space collapsed, or ``None`` if blank."""
    if element is None:
        return None
    value = element.get(name)
    return collapse(value) or None if value is not None else None


def text_content(element: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """Return the text of ``element`` and its descendants, white space collapsed.

    A ``br`` counts as a space; descendants named in ``skip`` are left out (their
    tails are kept).
    """
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            name = local_name(child)
            if name == "br":
                parts.append(" ")
            elif name and name not in skip:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return collapse("".join(parts))


def join_lines(lines: Iterable[str], limit: int = MAX_INPUT_CHARS) -> tuple[str, int]:
    """Join ``lines`` up to ``limit`` characters; return the text and how many were not kept."""
    return join_bounded(lines, limit)


@attrs.frozen(kw_only=True)
class ParsedXml:
    """What :func:`parse_xml` read.

    :param root: the document element, or ``None`` when nothing could be read.
        When the text holds several root elements in a row, it is an element
        named ``wrapper`` holding them all.
    :param problems: malformed markup noticed (lenient mode), with line and column.
    """

    root: etree._Element | None
    problems: tuple[newscore.Problem, ...] = ()


PROLOG = regex.compile(
    r"\A\ufeff?+(?:\s++|<\?[^>]{0,4000}+>|<!--(?:[^-]|-(?!->)){0,4000}+-->|<!DOCTYPE[^>]{0,4000}+>)*+"
)
"""What may stand before an XML document's root element: space, declaration, comments, DOCTYPE."""


class _SeveralRootsError(Exception):
    """The text holds more than one root element."""


def _parse(data: bytes, text: str, *, strict: bool, code: str, line_shift: int = 0) -> ParsedXml:
    try:
        return ParsedXml(root=etree.fromstring(data, xml_parser()))
    except etree.XMLSyntaxError as error:
        line, column = error.position
        line, column = from_lf_position(text, max(line, 1) + line_shift, max(column, 1))
        message = str(error.msg or error)
        if message.startswith("Extra content at the end of the document"):
            raise _SeveralRootsError from None
        if strict:
            raise newscore.ParseError(
                f"malformed XML: {message}", code=code, line=line, column=column
            ) from None
        problem = newscore.Problem(
            code=code,
            message=f"malformed XML at line {line}, column {column}: {message};"
            " the text that could be recovered was kept",
            severity="warning",
        )
    try:
        root = etree.fromstring(data, xml_parser(recover=True))
    except etree.XMLSyntaxError:
        root = None
    return ParsedXml(root=root, problems=(problem,))


def parse_xml(text: str, *, strict: bool, code: str, wrapper: str = "wrapper") -> ParsedXml:
    """Parse ``text`` as XML, safely.

    Several root elements in a row (``<nitf/><nitf/>``) are not an error: the
    text after the prolog is parsed once more inside an element named
    ``wrapper``, so that every one is read. Other malformed markup raises
    :class:`newscore.ParseError` with its line and column when ``strict``;
    otherwise it is recovered and recorded as a problem ``code`` (for example
    ``nitf.malformed``).
    """
    try:
        return _parse(text.encode("utf-8", errors="replace"), text, strict=strict, code=code)
    except _SeveralRootsError:
        pass
    prolog = PROLOG.match(text)
    start = prolog.end() if prolog is not None else 0
    wrapped = f"<{wrapper}>{text[start:]}</{wrapper}>".encode("utf-8", errors="replace")
    shift = text.count("\n", 0, start)
    try:
        return _parse(wrapped, text, strict=strict, code=code, line_shift=shift)
    except _SeveralRootsError:  # pragma: no cover - a wrapped text has one root
        return ParsedXml(root=None)


def _encoding(data: bytes) -> str:
    """Choose the encoding of an XML file: its BOM, valid UTF-8, else its declaration."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"  # the bytes are UTF-8 whatever the declaration says
    found = _DECLARED.match(data)
    if found is not None:
        try:
            return codecs.lookup(found.group(1).decode("ascii")).name
        except LookupError:
            pass
    return "cp1252"


def decode_markup(binary: BinaryIO, limit: int = MAX_INPUT_CHARS) -> Iterator[str]:
    """Yield an XML file's lines, decoded by :func:`_encoding`'s choice (bounded by ``limit``).

    Bytes past ``limit`` are not read: the text ends there and the reader's
    parse reports the document as cut short.
    """
    data = binary.read(limit)
    text = data.decode(_encoding(data), errors="replace")
    position = 0
    for found in _LINE_END.finditer(text):
        yield text[position : found.end()]
        position = found.end()
    if position < len(text):
        yield text[position:]
