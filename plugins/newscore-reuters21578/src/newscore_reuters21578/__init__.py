"""newscore format for the Reuters-21578 collection: ``reuters21578``.

Reads the collection's SGML files (``reut2-000.sgm`` ... ``reut2-021.sgm``,
1000 stories each) and its XML conversions (a ``<LEWIS>`` file of several
stories, or one ``<REUTERS>`` story per file) with one format::

    >>> import newscore
    >>> for article in newscore.read("reut2-000.sgm"):  # doctest: +SKIP
    ...     print(article.meta["document_id"], article.title, article.date)

Each ``<REUTERS>`` element becomes one article whose ``raw`` is a plain-text
rendering of the story (see :mod:`newscore_reuters21578.text`); the story is
read through newscore's ``dateline`` format, so ``meta["dateline_places"]``,
``meta["dateline_month"]`` and ``meta["dateline_day"]`` come from the wire
copy, and ``meta["dateline_tag"]`` keeps the ``<DATELINE>`` element's text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import newscore

from newscore_reuters21578.sgml import (
    LIST_FIELDS,
    RawStory,
    Story,
    decode_lines,
    read_story,
    split_stories,
)
from newscore_reuters21578.text import (
    FIELD_NAMES,
    FORMAT_NAME,
    parse,
    parse_date,
    render_story,
    story_text,
    write,
)

__all__ = [
    "FIELD_NAMES",
    "FORMAT_NAME",
    "LIST_FIELDS",
    "REUTERS21578",
    "RawStory",
    "Story",
    "__version__",
    "decode_lines",
    "newscore_register_formats",
    "parse",
    "parse_date",
    "read_story",
    "render_story",
    "sniff",
    "sniff_bytes",
    "split",
    "split_stories",
    "story_text",
    "write",
]

__version__ = "0.1.0"

SNIFF_CONFIDENCE = 0.99
"""What :func:`sniff` answers for Reuters-21578 markup."""


def sniff(text: str) -> float:
    """Answer 0.99 when ``text`` holds a ``<REUTERS`` element with a ``NEWID=`` attribute."""
    start = text.find("<REUTERS")
    return SNIFF_CONFIDENCE if start >= 0 and "NEWID=" in text[start:] else 0.0


def sniff_bytes(head: bytes) -> float:
    """Like :func:`sniff`, for the first bytes of a binary file."""
    start = head.find(b"<REUTERS")
    return SNIFF_CONFIDENCE if start >= 0 and b"NEWID=" in head[start:] else 0.0


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Yield one chunk per ``<REUTERS>`` element, its text the story's rendering.

    Streams: one story is held at a time. The chunk's ``offset`` and ``line``
    locate the element's start tag in the input; a damaged element (a missing
    start or end tag) carries ``context["reuters21578_damage"]``, which
    :func:`parse` records as a ``reuters21578.damaged`` warning.
    """
    for raw in split_stories(lines):
        context: dict[str, newscore.MetaValue] = {}
        story = read_story(raw.text)
        if story.date is not None:
            date = parse_date(story.date)
            if date is not None:
                context["date"] = date[0].isoformat()
        if raw.damage is not None:
            context["reuters21578_damage"] = raw.damage
        yield newscore.Chunk(
            text=render_story(story), offset=raw.offset, line=raw.line, context=context
        )


REUTERS21578 = newscore.Format(
    name=FORMAT_NAME,
    summary="the Reuters-21578 collection: SGML files and their XML conversions",
    sniff=sniff,
    parse=parse,
    split=split,
    write=write,
    extensions=(".sgm", ".sgml"),
    sniff_bytes=sniff_bytes,
    decode=decode_lines,
)
"""The ``reuters21578`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``reuters21578`` format."""
    registry.add(REUTERS21578)
