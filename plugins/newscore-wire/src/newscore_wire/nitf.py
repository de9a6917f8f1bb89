"""The ``nitf`` format: IPTC News Industry Text Format (NITF 3.x) items, read from the tree.

Each ``<nitf>`` element is one article (a file normally holds one; several in
a row, or inside a wrapper element, give one article each). The document is
parsed with an XXE-safe lxml parser; its fields are read by
:func:`newscore_wire._nitf_fields.fill`, and the dateline that opens the first
body paragraph by :func:`newscore.toolkit.apply_dateline`. The format can be
written (:func:`newscore_wire._nitf_write.write`). See ``docs/formats/nitf.md``.

>>> import newscore
>>> article = newscore.parse("<nitf><body><body.head><hedline><hl1>Hi</hl1>"
...     "</hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>")
>>> article.format, article.title
('nitf', 'Hi')
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder
from newscore_wire import _nitf_write
from newscore_wire._nitf_dateline import finish_dateline
from newscore_wire._nitf_fields import fill
from newscore_wire._tree import (
    PROLOG,
    decode_markup,
    join_lines,
    local_name,
    parse_xml,
    text_content,
)

__all__ = ["FORMATS", "NITF", "decode", "read", "sniff", "sniff_bytes"]

_ROOT = regex.compile(PROLOG.pattern + r"<(?:[\w.-]{1,40}+:)?+nitf(?=[\s/>])")
_ANYWHERE = regex.compile(r"<(?:[\w.-]{1,40}+:)?+nitf(?=[\s/>])")


def sniff(text: str) -> float:
    """Answer 0.95 when the root element is ``<nitf>``, 0.3 when one stands deeper."""
    if _ROOT.match(text):
        return 0.95
    return 0.3 if _ANYWHERE.search(text) else 0.0


def sniff_bytes(head: bytes) -> float:
    """Answer 0.95 for a file whose root element is ``<nitf>`` (UTF-16 when it has that BOM).

    A ``<nitf>`` deeper in the file gives 0 here: the binary answer chooses who
    decodes the file, and a NewsML wrapper's format should.
    """
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = head.decode("utf-16" if utf16 else "utf-8", errors="replace")
    return 0.95 if _ROOT.match(text) else 0.0


def decode(binary: BinaryIO) -> Iterable[str]:
    """Return an NITF file's lines: UTF-8 when the bytes are, else the declared encoding."""
    return decode_markup(binary)


def _items(root: etree._Element) -> list[etree._Element]:
    if local_name(root) == "nitf":
        return [root]
    return list(root.iter("{*}nitf", "nitf"))


def _article(
    element: etree._Element | None,
    problems: tuple[newscore.Problem, ...],
    text: str,
    options: newscore.ReadOptions,
) -> newscore.Article:
    builder = ArticleBuilder("nitf")
    if element is not None and local_name(element) == "nitf":
        fill(element, builder)
    else:
        # No item: keep the text that was read, or the input itself when nothing was.
        builder.add("body", text_content(element) if element is not None else text)
    for problem in problems:
        builder.problem(problem.code, problem.message, problem.severity)
    return finish_dateline(builder.build(), options)


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read an NITF document (or several in a row) into articles, one per ``<nitf>``."""
    text, dropped = join_lines(lines)
    trouble: tuple[newscore.Problem, ...] = ()
    if dropped:
        message = f"the input passes {len(text)} characters; {dropped} more were not read"
        if options.strict:
            raise newscore.ParseError(message, code="nitf.too-long")
        trouble = (newscore.Problem(code="nitf.too-long", message=message),)
    if not text.strip():
        return
    parsed = parse_xml(text, strict=options.strict, code="nitf.malformed")
    found = parsed.problems + trouble
    items = _items(parsed.root) if parsed.root is not None else []
    if not items:
        if parsed.root is not None:
            name = local_name(parsed.root)
            message = f"the root element <{name}> holds no <nitf>; its text was kept"
            found = (*found, newscore.Problem(code="nitf.no-item", message=message))
        yield _article(parsed.root, found, text, options)
    for element in items:
        yield _article(element, found, text, options)
        found = ()


NITF = newscore.Format(
    name="nitf",
    summary="IPTC NITF 3.x news items (one article per <nitf> element); can be written",
    sniff=sniff,
    read=read,
    write=_nitf_write.write,
    extensions=(".xml", ".nitf"),
    sniff_bytes=sniff_bytes,
    decode=decode,
)
"""The ``nitf`` format."""

FORMATS: tuple[newscore.Format, ...] = (NITF,)
"""The formats of this module."""
