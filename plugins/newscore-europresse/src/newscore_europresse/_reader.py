"""The ``europresse`` reader: a Europresse HTML page, parsed by lxml, into articles.

The page is parsed whole (bounded by :data:`MAX_INPUT_CHARS`) with lxml's HTML
parser (no network, no huge trees); each article element
(:func:`~newscore_europresse._layout.article_elements`) becomes one article,
read by :func:`~newscore_europresse._layout.fill`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
import lxml.html
import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder, apply_dateline, collapse, join_bounded, position_of
from newscore_europresse._layout import article_elements, fill

__all__ = ["FORMAT_NAME", "MAX_INPUT_CHARS", "read"]

FORMAT_NAME = "europresse"
"""The format's name, which is also its problems' prefix."""

MAX_INPUT_CHARS = 32 * 1024 * 1024
"""The most characters of one input that are read (32 Mi); the rest is a problem."""


def _parse(text: str) -> etree._Element | None:
    parser = lxml.html.HTMLParser(recover=True, no_network=True, huge_tree=False)
    # Lone surrogates cannot be handed to libxml2; they are replaced first.
    clean = text.encode("utf-8", errors="replace").decode("utf-8")
    try:
        return lxml.html.document_fromstring(clean, parser=parser)
    except (etree.ParserError, ValueError):
        return None


_LINE_FEED = regex.compile(r"\n")


def _path(element: etree._Element, number: int) -> str:
    names = [str(a.tag) for a in element.iterancestors()][::-1]
    return "/" + "/".join([*names, f"{element.tag!s}[{number}]"])


class _Lines:
    """Turns an element's line (libxml2 counts line feeds only) into its offset and input line.

    Elements come in document order, so the input's line (which a carriage
    return also ends) is counted on from the last element's, once over the text in all.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0, *(found.end() for found in _LINE_FEED.finditer(text))]
        self._offset = 0
        self._line = 1

    def place(self, lf_line: int) -> tuple[int, int]:
        """Return the offset and the input line of the line feed-counted ``lf_line``."""
        offset = self._starts[min(max(lf_line, 1), len(self._starts)) - 1]
        if offset >= self._offset:
            piece = self._text[self._offset : offset]
            self._line += piece.count("\n") + piece.count("\r") - piece.count("\r\n")
            self._offset = offset
            return offset, self._line
        return offset, position_of(self._text, offset)[0]


def _placed(article: newscore.Article, options: newscore.ReadOptions) -> newscore.Article:
    if not article.sections:
        return article
    placed, _ = apply_dateline(article, article.sections[0].span.start, options)
    return placed


def _raise_if_doubtful(article: newscore.Article, text: str, offset: int) -> None:
    for problem in article.problems:
        if problem.severity != "info":
            raise newscore.ParseError.at(text, offset, problem.message, code=problem.code)


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a Europresse HTML page into its articles, one per article element.

    A page holding no article element is kept whole, as one article with a
    ``europresse.no-article`` problem; text past :data:`MAX_INPUT_CHARS` is a
    ``europresse.too-long`` problem on the last article.
    """
    text, dropped = join_bounded(lines, MAX_INPUT_CHARS)
    if not text.strip():
        return
    root = _parse(text)
    positions = _Lines(text)
    articles: list[newscore.Article] = []
    elements = list(article_elements(root)) if root is not None else []
    for index, element in enumerate(elements):
        builder = ArticleBuilder(FORMAT_NAME)
        fill(element, builder)
        offset, line = positions.place(element.sourceline or 1)
        provenance = newscore.Provenance(
            origin=options.origin,
            index=index,
            offset=offset,
            line=line,
            element=_path(element, index + 1),
        )
        articles.append(_placed(builder.build(provenance), options))
    if not articles:
        builder = ArticleBuilder(FORMAT_NAME)
        body = root.find("body") if root is not None else None
        builder.add(
            "body",
            collapse("".join((body if body is not None else root).itertext()))
            if root is not None
            else text,
        )
        builder.problem(
            f"{FORMAT_NAME}.no-article",
            "no Europresse article was found in this page; its text is kept as the body",
            severity="error",
        )
        articles.append(builder.build(newscore.Provenance(origin=options.origin)))
    if dropped:
        problem = newscore.Problem(
            code=f"{FORMAT_NAME}.too-long",
            message=f"the input passes {MAX_INPUT_CHARS} characters;"
            f" {dropped} more characters were not read",
        )
        last = articles[-1]
        articles[-1] = attrs.evolve(last, problems=(*last.problems, problem))
    for article in articles:
        if options.strict:
            where = article.provenance.offset if article.provenance is not None else 0
            _raise_if_doubtful(article, text, where)
        yield article
