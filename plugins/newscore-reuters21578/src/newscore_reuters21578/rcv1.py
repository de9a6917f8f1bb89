"""The ``rcv1`` format: Reuters Corpus Volume 1 ``<newsitem>`` XML.

Each ``<newsitem>`` is one article, built with :class:`newscore.toolkit.ArticleBuilder`:
the headline (``<headline>``, else ``<title>``) is the title, ``<byline>`` and
``<copyright>`` are furniture, the first ``<p>`` of ``<text>`` the lead and the
rest the body. A dateline that opens the lead is read with
:func:`newscore.toolkit.apply_dateline`. Fields go to ``meta``: ``itemid`` as
``document_id``, ``xml:lang`` as ``language``, ``<title>`` as ``title_line``,
``<dateline>`` as ``dateline_places``, ``<byline>`` as ``byline``, the
``<codes>`` of the countries, industries and topics classes as ``countries``,
``industries`` and ``topics`` (tuples of codes), any other class under its
last-but-one name, and each ``<dc element="dc.X" value="...">`` as ``dc.X``.
"""

from __future__ import annotations

import collections
import datetime
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import newscore
import regex
from lxml import etree
from newscore.toolkit import ArticleBuilder, apply_dateline, collapse

from newscore_reuters21578.sgml import decode_lines

__all__ = ["FORMAT_NAME", "RCV1", "read", "sniff", "sniff_bytes"]

FORMAT_NAME = "rcv1"
SNIFF_CONFIDENCE = 0.99
"""What :func:`sniff` answers for a ``<newsitem>`` with an ``itemid``."""

_OPENING_LENGTH = 2000
_CODE_CLASS = regex.compile(r"(?:[^:\s]++:)?+([^:\s]++)(?::[^:\s]++)?+")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sniff(text: str) -> float:
    """Answer 0.99 when ``text`` holds a ``<newsitem`` element with an ``itemid``."""
    start = text.find("<newsitem")
    if start < 0:
        return 0.0
    opening = text[start : start + _OPENING_LENGTH].split(">", 1)[0]
    return SNIFF_CONFIDENCE if "itemid=" in opening else 0.0


def sniff_bytes(head: bytes) -> float:
    """Like :func:`sniff`, for the first bytes of a binary file (ISO-8859-1 as a rule)."""
    return sniff(head.decode("latin-1"))


def decode(binary: BinaryIO) -> Iterator[str]:
    """Decode a binary RCV1 file into lines, as the Reuters-21578 files are decoded."""
    return decode_lines(binary)


def _parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(
        events=("end",),
        tag="newsitem",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _text(element: etree._Element | None) -> str:
    return "" if element is None else collapse("".join(element.itertext()))


def _codes_key(class_name: str) -> str:
    match = _CODE_CLASS.fullmatch(class_name)
    return match.group(1) if match is not None else class_name


def _read_metadata(builder: ArticleBuilder, metadata: etree._Element | None) -> None:
    if metadata is None:
        return
    for codes in metadata.iterfind("codes"):
        key = _codes_key(codes.get("class", "codes"))
        values = tuple(code.get("code", "") for code in codes.iterfind("code"))
        builder.meta(key, tuple(value for value in values if value))
    for dc in metadata.iterfind("dc"):
        name, value = dc.get("element"), dc.get("value")
        if name and value:
            builder.meta(name, value)


def _date(value: str | None, builder: ArticleBuilder) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        builder.problem("rcv1.invalid-date", f"the newsitem date {value[:40]!r} is no ISO date")
        return None


def _article(item: etree._Element, index: int, options: newscore.ReadOptions) -> newscore.Article:
    builder = ArticleBuilder(FORMAT_NAME)
    builder.meta("document_id", item.get("itemid"))
    builder.meta("language", item.get(_XML_LANG))
    builder.date = _date(item.get("date"), builder)
    headline, title_line = _text(item.find("headline")), _text(item.find("title"))
    builder.add("title", headline or title_line)
    builder.meta("title_line", title_line)
    byline = _text(item.find("byline"))
    builder.add("byline", byline)
    builder.meta("byline", byline)
    dateline = _text(item.find("dateline"))
    if dateline:
        builder.meta("dateline_places", (dateline,))
    paragraphs = item.findall("text/p")
    for number, paragraph in enumerate(paragraphs):
        builder.add("lead" if number == 0 else "body", _text(paragraph))
    if not paragraphs:
        builder.add("body", _text(item.find("text")))
    builder.add("credits", _text(item.find("copyright")))
    _read_metadata(builder, item.find("metadata"))
    if "body" not in builder.roles() and "lead" not in builder.roles():
        builder.problem("rcv1.no-text", "the newsitem has no text")
    provenance = newscore.Provenance(
        origin=options.origin,
        index=index,
        line=item.sourceline or 1,
        element=f"/newsitem[{index + 1}]",
    )
    article = builder.build(provenance)
    if article.lead_span is not None:
        article, _ = apply_dateline(article, article.lead_span.start, options)
    return article


def _events(
    parser: etree.XMLPullParser, index: int, options: newscore.ReadOptions
) -> Iterator[newscore.Article]:
    for _, item in parser.read_events():
        yield _article(item, index, options)
        index += 1
        item.clear(keep_tail=False)
        parent = item.getparent()
        if parent is not None:  # items inside a wrapper: let go of the ones read
            while item.getprevious() is not None:
                del parent[0]


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read every ``<newsitem>`` of an input, lazily, holding one at a time.

    Markup that is not well-formed raises :class:`newscore.ParseError` at its
    line and column; in lenient mode the host keeps the text from there on
    as one more article, with the error as its problem.
    """
    parser = _parser()
    index = 0
    recent: collections.deque[str] = collections.deque(maxlen=_RECENT_LINES)
    fed = feeds = 0  # lines fed, and line feeds among them
    try:
        for line in lines:
            recent.append(line)
            fed += 1
            feeds += line.count("\n")
            _check_characters(line, fed)
            parser.feed(line)
            for article in _events(parser, index, options):
                index += 1
                yield article
        parser.close()
        for article in _events(parser, index, options):
            index += 1
            yield article
    except etree.XMLSyntaxError as error:
        error_line, error_column = _position(error.position, recent, fed, feeds)
        raise newscore.ParseError(
            f"the XML is not well-formed: {error.msg}",
            code="rcv1.bad-xml",
            line=error_line,
            column=error_column,
        ) from error


def _check_characters(line: str, number: int) -> None:
    """Raise at a lone surrogate, which is no character and which XML cannot hold."""
    if line.isascii():
        return
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as error:
        raise newscore.ParseError(
            "a lone surrogate, which is not a character, stands in the text",
            code="rcv1.bad-character",
            line=number,
            column=error.start + 1,
        ) from None


_RECENT_LINES = 256
"""How many of the last lines fed are kept to locate a parser's error among them."""


def _position(
    where: tuple[int, int], recent: collections.deque[str], fed: int, feeds: int
) -> tuple[int, int]:
    """Turn libxml2's position (lines ended by a line feed only) into the input's line and column.

    Looks among the last lines fed, where the parser stopped; an error further
    back is put at the first of them.
    """
    first = fed - len(recent) + 1
    text = "".join(recent)
    # libxml2 counted every line feed fed; those before the window are all but the window's.
    lf_line = max(where[0], 1) - (feeds - sum(line.count("\n") for line in recent))
    if lf_line < 1:
        return first, 1
    line, column = newscore.toolkit.from_lf_position(text, lf_line, where[1])
    return first + line - 1, column


RCV1 = newscore.Format(
    name=FORMAT_NAME,
    summary="Reuters Corpus Volume 1: <newsitem> XML, one story per element",
    sniff=sniff,
    read=read,
    extensions=(".xml",),
    sniff_bytes=sniff_bytes,
    decode=decode,
)
"""The ``rcv1`` format."""
