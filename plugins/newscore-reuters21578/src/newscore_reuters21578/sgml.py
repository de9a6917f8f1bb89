"""Read Reuters-21578 markup: the SGML files and the XML conversions of them.

The SGML files (``reut2-000.sgm`` ...) are not well-formed XML: they open with
``<!DOCTYPE lewis SYSTEM "lewis.dtd">``, have no root element, and escape
control characters as ``&#3;``. So stories are cut out line by line and read
with linear regular expressions (possessive quantifiers only), never with an
XML parser. The same code reads the XML conversions (a ``<LEWIS>`` root with
several stories, or one ``<REUTERS>`` element per file), which differ only in
indentation, self-closing empty elements and ``&quot;``/``&apos;``.

>>> story = read_story('<REUTERS NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE>'
...     '<TEXT><TITLE>A &amp; B</TITLE><DATELINE> PARIS, Feb 26 - </DATELINE>'
...     '<BODY>Text.</BODY></TEXT></REUTERS>')
>>> story.title, story.dateline, story.body, story.new_id
('A & B', 'PARIS, Feb 26 -', 'Text.', '7')
"""

from __future__ import annotations

import html.entities
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import attrs
import regex

__all__ = [
    "LIST_FIELDS",
    "RawStory",
    "Story",
    "clean_text",
    "decode_entities",
    "decode_lines",
    "read_story",
    "split_stories",
]

LIST_FIELDS = ("topics", "places", "people", "orgs", "exchanges", "companies")
"""The category elements, each a list of ``<D>`` values, in the order the files give them."""

_START_TAG = regex.compile(r"<REUTERS(?=[\s>/])")
_END_TAG = regex.compile(r"</REUTERS[ \t]*+>")
_ATTRIBUTES = regex.compile(r"<REUTERS\b(?P<attrs>[^>]*+)>?+")
_ATTRIBUTE = regex.compile(r"(?P<name>[A-Za-z]++)[ \t]*+=[ \t]*+\"(?P<value>[^\"]*+)\"")
_TEXT = regex.compile(r"<TEXT\b(?P<attrs>[^>]*+)>(?P<content>(?:[^<]++|<(?!/TEXT>))*+)")
_ENTITY = regex.compile(
    r"&(?:#(?P<dec>[0-9]{1,7}+)|#[xX](?P<hex>[0-9A-Fa-f]{1,6}+)|(?P<name>[A-Za-z]{2,8}+));"
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++")
_LINE_BREAKS = regex.compile(r"[ \t]*+(?:\r\n|\r|\n)[ \t]*+")
_D_VALUE = regex.compile(r"<D>(?P<value>[^<]*+)(?:</D>)?+")
_PROLOG = regex.compile(
    r"<!DOCTYPE[^>]*+>|<\?xml[^>]*+>|</?LEWIS[ \t]*+>|<!--(?:[^-]++|-(?!->))*+-->"
)
_BRIEF_MARK = regex.compile(r"\A\*++")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _element(tag: str) -> regex.Pattern[str]:
    # The end tag may be missing in damaged input: the content then runs to the next tag.
    return regex.compile(rf"<{tag}(?:[ \t][^>]*+)?+>(?P<content>[^<]*+)(?:</{tag}>)?+|<{tag}/>")


def _container(tag: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"<{tag}[ \t]*+>(?P<content>(?:[^<]++|<(?!/{tag}>|/?+REUTERS|TEXT))*+)|<{tag}[ \t]*+/>"
    )


_DATE = _element("DATE")
_TITLE = _element("TITLE")
_AUTHOR = _element("AUTHOR")
_DATELINE = _element("DATELINE")
_BODY = _element("BODY")
_LISTS = {field: _container(field.upper()) for field in LIST_FIELDS}
_INNER = regex.compile(r"<(?:TITLE|AUTHOR|DATELINE|BODY)(?:[ \t][^>]*+)?+>[^<]*+(?:</\w++>)?+")


def decode_entities(text: str) -> str:
    """Replace character references (``&#3;``, ``&#x41;``) and named entities.

    Unknown names and bare ``&`` are left as written.

    >>> decode_entities("AT&amp;T &lt;T&gt; &#65;&x; & co")
    'AT&T <T> A&x; & co'
    """

    def replace(match: regex.Match[str]) -> str:
        number: str | None = match.group("dec")
        code = int(number) if number is not None else None
        if match.group("hex") is not None:
            code = int(match.group("hex"), 16)
        if code is not None:
            return chr(code) if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
        name: str = match.group("name")
        if name in _NAMED_ENTITIES:
            return _NAMED_ENTITIES[name]
        known = html.entities.html5.get(f"{name};")
        return known if known is not None else str(match.group())

    return str(_ENTITY.sub(replace, text))


def clean_text(text: str) -> str:
    r"""Decode entities and drop control characters (``\x02``, ``\x03`` mark a story's ends)."""
    return str(_CONTROL.sub("", decode_entities(text)))


def _one_line(text: str) -> str:
    return str(_LINE_BREAKS.sub(" ", text)).strip()


@attrs.frozen(kw_only=True)
class Story:
    """One ``<REUTERS>`` element, read.

    Text values are decoded (entities replaced, control characters dropped).

    :param title: the ``<TITLE>``, on one line, or ``None`` when there is none.
    :param dateline: the ``<DATELINE>`` text, trimmed, or ``None``.
    :param author: the ``<AUTHOR>`` text, trimmed, or ``None``.
    :param body: the ``<BODY>`` text without surrounding white space; for
        stories without a ``<BODY>`` (``TYPE="BRIEF"``, ``TYPE="UNPROC"``), the
        rest of ``<TEXT>``, with a brief's leading asterisks left out.
    :param date: the ``<DATE>`` text as written (``26-FEB-1987 15:01:01.79``), or ``None``.
    :param topics: the ``<D>`` values of ``<TOPICS>``; likewise the other lists.
    :param new_id: the ``NEWID`` attribute, the story's number in the collection.
    :param old_id: the ``OLDID`` attribute.
    :param text_type: the ``TYPE`` of ``<TEXT>`` (``BRIEF``, ``UNPROC``), if any.
    :param lewis_split: the ``LEWISSPLIT`` attribute (``TRAIN``, ``TEST``, ``NOT-USED``).
    :param cgi_split: the ``CGISPLIT`` attribute.
    """

    title: str | None = None
    dateline: str | None = None
    author: str | None = None
    body: str = ""
    date: str | None = None
    topics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    exchanges: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    new_id: str | None = None
    old_id: str | None = None
    text_type: str | None = None
    lewis_split: str | None = None
    cgi_split: str | None = None


def _attributes(text: str) -> dict[str, str]:
    match = _ATTRIBUTES.search(text) if text else None
    if match is None:
        return {}
    return {
        found.group("name").upper(): clean_text(found.group("value")).strip()
        for found in _ATTRIBUTE.finditer(match.group("attrs"))
    }


def _content(pattern: regex.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    if match is None:
        return None
    content: str | None = match.group("content")
    return clean_text(content) if content is not None else ""


def _optional(value: str | None) -> str | None:
    return value if value else None


def read_story(text: str) -> Story:
    """Read one ``<REUTERS>`` element (SGML or XML) into a :class:`Story`.

    Damaged markup is read as far as it goes: a missing end tag ends the
    element's content at the next tag, a missing element gives ``None`` or
    an empty value. It never raises on a ``str``.
    """
    attributes = _attributes(text)
    lists = {
        field: tuple(
            value
            for value in (
                _one_line(clean_text(found.group("value")))
                for found in _D_VALUE.finditer(content.group("content") or "")
            )
            if value
        )
        if (content := pattern.search(text)) is not None
        else ()
        for field, pattern in _LISTS.items()
    }
    text_match = _TEXT.search(text)
    inner = text_match.group("content") if text_match is not None else text
    text_attributes = (
        {
            found.group("name").upper(): found.group("value")
            for found in _ATTRIBUTE.finditer(text_match.group("attrs"))
        }
        if text_match is not None
        else {}
    )
    title = _content(_TITLE, inner)
    dateline = _content(_DATELINE, inner)
    author = _content(_AUTHOR, inner)
    body = _content(_BODY, inner)
    if body is None:
        rest = clean_text(_INNER.sub("\n", inner)) if text_match is not None else ""
        body = _BRIEF_MARK.sub("", rest.strip()).strip()
    date = _content(_DATE, text)
    return Story(
        title=_optional(_one_line(title)) if title is not None else None,
        dateline=_optional(_one_line(dateline)) if dateline is not None else None,
        author=_optional(_one_line(author)) if author is not None else None,
        body=body.strip(),
        date=_optional(date.strip()) if date is not None else None,
        topics=lists["topics"],
        places=lists["places"],
        people=lists["people"],
        orgs=lists["orgs"],
        exchanges=lists["exchanges"],
        companies=lists["companies"],
        new_id=attributes.get("NEWID"),
        old_id=attributes.get("OLDID"),
        text_type=_optional(text_attributes.get("TYPE", "").strip()),
        lewis_split=attributes.get("LEWISSPLIT"),
        cgi_split=attributes.get("CGISPLIT"),
    )


@attrs.frozen(kw_only=True)
class RawStory:
    """The markup of one story as cut from an input by :func:`split_stories`.

    :param text: the markup, from ``<REUTERS`` to ``</REUTERS>`` when both are there.
    :param offset: character offset of :attr:`text` in the whole input.
    :param line: 1-based line of its first character in the whole input.
    :param damage: why the markup is incomplete (a missing start or end tag),
        or ``None`` when it is whole.
    """

    text: str
    offset: int
    line: int
    damage: str | None = None


ORPHAN_LIMIT = 1_000_000
"""Stray text outside any story is handed on in pieces of at most about this many characters."""


class _Cutter:
    """The state of :func:`split_stories`: the story being collected, or stray text."""

    def __init__(self) -> None:
        self.story: list[str] | None = None
        self.story_offset = 0
        self.story_line = 1
        self.orphan: list[str] = []
        self.orphan_size = 0
        self.orphan_offset = 0
        self.orphan_line = 1

    def add_orphan(self, piece: str, offset: int, line: int) -> Iterator[RawStory]:
        if not piece:
            return
        if not self.orphan:
            self.orphan_offset, self.orphan_line = offset, line
        self.orphan.append(piece)
        self.orphan_size += len(piece)
        if self.orphan_size >= ORPHAN_LIMIT:
            yield from self.flush_orphan()

    def flush_orphan(self) -> Iterator[RawStory]:
        text = "".join(self.orphan)
        self.orphan, self.orphan_size = [], 0
        if _PROLOG.sub("", text).strip():
            yield RawStory(
                text=text,
                offset=self.orphan_offset,
                line=self.orphan_line,
                damage="text outside any <REUTERS> element (a start tag may be missing)",
            )

    def flush_story(self, damage: str | None) -> RawStory:
        assert self.story is not None
        story = RawStory(
            text="".join(self.story),
            offset=self.story_offset,
            line=self.story_line,
            damage=damage,
        )
        self.story = None
        return story


def split_stories(lines: Iterable[str]) -> Iterator[RawStory]:
    """Cut an input into the markup of its ``<REUTERS>`` elements, lazily.

    Holds one story at a time, never the whole input. Damaged input is cut as
    well as it can be: a story whose end tag is missing ends where the next
    one starts (or at the end of the input); text outside every story that is
    more than the prolog (``<!DOCTYPE>``, ``<?xml?>``, ``<LEWIS>``) is handed
    on as a story of its own. Both carry a :attr:`RawStory.damage`. A story
    whose markup is whole comes out exactly as written, whatever surrounds it.

    :param lines: the input's lines with their line ends, as a text file yields them.
    """
    cutter = _Cutter()
    offset = 0
    number = 0
    for line in lines:
        number += 1
        position = 0
        while position < len(line):
            if cutter.story is None:
                start = _START_TAG.search(line, position)
                if start is None:
                    yield from cutter.add_orphan(line[position:], offset + position, number)
                    break
                yield from cutter.add_orphan(
                    line[position : start.start()], offset + position, number
                )
                yield from cutter.flush_orphan()
                cutter.story = [line[start.start() : start.end()]]
                cutter.story_offset, cutter.story_line = offset + start.start(), number
                position = start.end()
                continue
            end = _END_TAG.search(line, position)
            start = _START_TAG.search(line, position, end.start() if end is not None else None)
            if start is not None:
                cutter.story.append(line[position : start.start()])
                yield cutter.flush_story("no </REUTERS> end tag before the next story")
                position = start.start()
            elif end is not None:
                cutter.story.append(line[position : end.end()])
                yield cutter.flush_story(None)
                position = end.end()
            else:
                cutter.story.append(line[position:])
                break
        offset += len(line)
    if cutter.story is not None:
        yield cutter.flush_story("the input ends inside a story (no </REUTERS> end tag)")
    yield from cutter.flush_orphan()


def decode_lines(binary: BinaryIO) -> Iterator[str]:
    """Decode a binary Reuters-21578 file into text lines, lazily.

    Each line is read as UTF-8 when it is valid UTF-8 (which covers ASCII),
    else as Windows-1252, else as Latin-1, so that the few stray bytes of the
    original distribution never stop a read.
    """
    for raw in binary:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:  # noqa: PERF203 - each line decides its own encoding
            try:
                yield raw.decode("cp1252")
            except UnicodeDecodeError:
                yield raw.decode("latin-1")
