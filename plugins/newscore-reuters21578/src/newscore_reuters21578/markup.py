"""Tokens of Reuters-21578 markup: tags and text, with character references decoded.

The SGML files are not XML (no root element, ``&#3;`` control references, a
``<!DOCTYPE>`` without a DTD), so an XML parser would refuse them or, in
recovery mode, silently drop text. This tokenizer reads them as SGML: a tag
is ``<`` up to the next ``>`` with no ``<`` in between; anything else is
text, a lone ``<`` included. It runs in linear time on any string.

>>> [(t.kind, t.name, t.text) for t in tokens('<D>A &amp; B</D>')]
[('start', 'D', '<D>'), ('text', '', 'A &amp; B'), ('end', 'D', '</D>')]
"""

from __future__ import annotations

import html.entities
from collections.abc import Iterator
from typing import Literal, NamedTuple

import attrs
import regex

__all__ = ["Decoded", "Token", "attributes", "decode", "tokens"]

# A text token starts at the start, after a tag's ">" or after a lone "<".
_TOKEN = regex.compile(r"(?P<tag><[^<>]*+>)|(?<![^<>])(?P<text>[^<]++)|(?P<lt><)")
_TAG = regex.compile(r"\A<(?P<end>/)?+(?P<name>[A-Za-z][A-Za-z0-9._:-]*+)(?P<rest>[^<>]*+)>\Z")
_ATTRIBUTE = regex.compile(
    r"(?<![A-Za-z0-9._:-])(?P<name>[A-Za-z][A-Za-z0-9._:-]*+)[ \t\r\n]*+=[ \t\r\n]*+"
    r"(?:\"(?P<dq>[^\"]*+)\"|'(?P<sq>[^']*+)'|(?P<bare>[^ \t\r\n\"'>]++))"
)
_REFERENCE = regex.compile(
    r"&(?:#(?P<dec>[0-9]{1,8}+)|#[xX](?P<hex>[0-9A-Fa-f]{1,8}+)|(?P<name>[A-Za-z][A-Za-z0-9]{0,31}+));"
)
_XML_NAMES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_KEPT_CONTROLS = frozenset((0x09, 0x0A, 0x0D))


class Token(NamedTuple):
    """One piece of markup (a named tuple: millions are made for hostile inputs).

    :param kind: ``"start"``, ``"end"``, ``"empty"`` (``<PEOPLE/>``),
        ``"declaration"`` (``<!DOCTYPE ...>``, ``<?xml ...?>``, comments) or ``"text"``.
    :param name: the element name, upper-cased, for tags; ``""`` otherwise.
    :param text: the token as written.
    :param start: its offset in the tokenized string.
    """

    kind: Literal["start", "end", "empty", "declaration", "text"]
    name: str
    text: str
    start: int


def tokens(text: str) -> Iterator[Token]:
    """Cut ``text`` into tags and text, in order; their ``text`` joins back to ``text``.

    A ``<...>`` that is no tag (``<5>``, ``< a>``) is text.
    """
    for match in _TOKEN.finditer(text):
        piece = match.group()
        start = match.start()
        if match.lastgroup != "tag":
            yield Token("text", "", piece, start)
            continue
        if piece.startswith(("<!", "<?")):
            yield Token("declaration", "", piece, start)
            continue
        tag = _TAG.match(piece)
        if tag is None:
            yield Token("text", "", piece, start)
            continue
        end, name, rest = tag.group("end", "name", "rest")
        if rest and rest[0] not in " \t\r\n/":
            yield Token("text", "", piece, start)
        elif end is not None:
            yield Token("end", name.upper(), piece, start)
        elif rest.rstrip().endswith("/"):
            yield Token("empty", name.upper(), piece, start)
        else:
            yield Token("start", name.upper(), piece, start)


@attrs.frozen(kw_only=True)
class Decoded:
    """Text with its references replaced.

    :param text: the decoded text.
    :param bad: how many references named no character (``&#xD800;``,
        ``&#99999999;``); they are kept as written.
    :param first_bad: offset in the input of the first of them, or ``None``.
    """

    text: str
    bad: int = 0
    first_bad: int | None = None


def decode(text: str) -> Decoded:
    """Replace character references and named entities in ``text``.

    References to control characters other than tab, line feed and carriage
    return (``&#2;`` and ``&#3;`` mark a story's start and end, ``&#5;``,
    ``&#22;``, ``&#31;`` are teletype codes) are dropped. References that name
    no character (surrogates, numbers past U+10FFFF) and unknown names are
    kept as written.

    >>> decode("AT&amp;T &lt;T&gt; &#65;&#3;&x; &#xD800;")
    Decoded(text='AT&T <T> A&x; &#xD800;', bad=1, first_bad=16)
    """
    if "&" not in text:
        return Decoded(text=text)
    bad = 0
    first_bad: int | None = None

    def replace(match: regex.Match[str]) -> str:
        nonlocal bad, first_bad
        digits: str | None = match.group("dec")
        code: int | None = int(digits) if digits is not None else None
        if match.group("hex") is not None:
            code = int(match.group("hex"), 16)
        if code is None:
            name: str = match.group("name")
            if name in _XML_NAMES:
                return _XML_NAMES[name]
            known = html.entities.html5.get(f"{name};")
            return known if known is not None else str(match.group())
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            bad += 1
            if first_bad is None:
                first_bad = match.start()
            return str(match.group())
        if (code < 0x20 or code == 0x7F) and code not in _KEPT_CONTROLS:
            return ""
        return chr(code)

    decoded = str(_REFERENCE.sub(replace, text))
    return Decoded(text=decoded, bad=bad, first_bad=first_bad)


def attributes(tag: str) -> dict[str, str]:
    """Read the attributes of a start tag, names upper-cased, values decoded.

    >>> attributes('<REUTERS TOPICS="YES" NEWID="1" OLDID=5544>')
    {'TOPICS': 'YES', 'NEWID': '1', 'OLDID': '5544'}
    """
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(tag):
        name = match.group("name").upper()
        value = next(
            v
            for v in (match.group("dq"), match.group("sq"), match.group("bare"), "")
            if v is not None
        )
        found.setdefault(name, decode(value).text.strip())
    return found
