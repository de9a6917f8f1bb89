"""newscore formats for Reuters collections: ``reuters21578`` and ``rcv1``.

Reads the collection's SGML files (``reut2-000.sgm`` ... ``reut2-021.sgm``,
1000 stories each) and its XML conversions (a ``<LEWIS>`` file of several
stories, or one ``<REUTERS>`` story per file) with one format::

    >>> import newscore
    >>> for article in newscore.read("reut2-000.sgm"):  # doctest: +SKIP
    ...     print(article.meta["document_id"], article.title, article.date)

Each ``<REUTERS>`` element becomes one article whose ``raw`` is the story's
text content (title, blank line, dateline and body as written; see
:mod:`newscore_reuters21578.article`); every other field goes to ``meta``.
The wire copy is read through the ``dateline`` format of the host running
the read, so ``meta["dateline_places"]``, ``meta["dateline_month"]`` and
``meta["dateline_day"]`` come from the text, next to ``meta["dateline_tag"]``,
the ``<DATELINE>`` element's text.

Reuters Corpus Volume 1 ``<newsitem>`` XML is read by the ``rcv1`` format
(:mod:`newscore_reuters21578.rcv1`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import newscore

from newscore_reuters21578.article import FORMAT_NAME, build_article, parse_date
from newscore_reuters21578.markup import decode, tokens
from newscore_reuters21578.rcv1 import RCV1
from newscore_reuters21578.sgml import PIECE_LIMIT, RawStory, decode_lines, split_stories
from newscore_reuters21578.story import LIST_FIELDS, MAX_DEPTH, Story, read_story
from newscore_reuters21578.writer import story_text, write

__all__ = [
    "FORMAT_NAME",
    "LIST_FIELDS",
    "MAX_DEPTH",
    "PIECE_LIMIT",
    "RCV1",
    "REUTERS21578",
    "RawStory",
    "Story",
    "__version__",
    "decode",
    "decode_lines",
    "newscore_register_formats",
    "parse_date",
    "read",
    "read_story",
    "sniff",
    "sniff_bytes",
    "split_stories",
    "story_text",
    "tokens",
    "write",
]

__version__ = "0.2.0"

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


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read an input's lines into one article per ``<REUTERS>`` element, lazily.

    Holds one story at a time. Text outside any story (beyond the prolog)
    becomes an article of its own. In lenient mode nothing raises and every
    doubt is a ``reuters21578.*`` problem on its article; in strict mode the
    first doubt raises :class:`newscore.ParseError` at its line and column in
    the whole input.
    """
    for raw_story in split_stories(lines):
        built = build_article(raw_story, read_story(raw_story.text), options)
        if options.strict and built.doubt is not None:
            raise newscore.ParseError(
                built.doubt.message, code=built.doubt.code, line=built.line, column=built.column
            )
        yield built.article


REUTERS21578 = newscore.Format(
    name=FORMAT_NAME,
    summary="the Reuters-21578 collection: SGML files and their XML conversions",
    sniff=sniff,
    read=read,
    write=write,
    extensions=(".sgm", ".sgml"),
    sniff_bytes=sniff_bytes,
    decode=decode_lines,
)
"""The ``reuters21578`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``reuters21578`` and ``rcv1`` formats."""
    registry.add(REUTERS21578)
    registry.add(RCV1)
