"""One Europresse article element, read field by field into an :class:`ArticleBuilder`.

Both layouts are read by one walk over the element in document order. The
elements that hold fields are known by their class (``DocPublicationName``,
``DocHeader``, ``TitreArticleVisu`` / ``titreArticleVisu``); the notes box
(``aside``) and the certificate (``divPubliC``, or the table holding the
"Certificat" logo) are read as blocks; everything else is text, cut into
lines where the markup breaks them (``<br>``, ``<p>``, block elements). Lines
before the headline are kickers; the first short line after it that the
markup sets apart (in the ``header``, or ended by ``<br>``) is the byline;
the copyright and "Numéro de document" lines are fields; the rest is the body.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex
from lxml import etree

from newscore.toolkit import ArticleBuilder, collapse
from newscore_europresse._header import read_header

__all__ = ["BYLINE_MAX_CHARS", "fill", "lines_of"]

BYLINE_MAX_CHARS = 120
"""The longest line read as a byline."""

_INLINE = frozenset(
    {
        "a",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "font",
        "span",
        "mark",
        "small",
        "sup",
        "sub",
        "abbr",
        "cite",
        "q",
        "s",
        "strike",
        "tt",
        "code",
        "big",
        "label",
        "time",
        "img",
    }
)
_SKIPPED = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "form",
        "button",
        "input",
        "select",
        "noscript",
        "template",
        "textarea",
    }
)
_DOCUMENT_ID = regex.compile(
    r"(?i)(?:num[ée]ro[ \t\u00a0]++de[ \t\u00a0]++document|document[ \t\u00a0]++(?:number|id)"
    r"|dokumentnummer)[ \t\u00a0]*+:[ \t\u00a0]*+(?P<id>\S{1,200}+)"
)
_COPYRIGHT = regex.compile(r"(?i)(?:©|\(c\)|copyright)")
_LABEL = regex.compile(r"(?P<label>[^:]{1,40}+):")
_SENTENCE_END = (".", "!", "?", ":", ";", "»", '"')


@attrs.frozen
class Line:
    """A line of an article's text, and how the markup set it apart."""

    text: str
    in_header: bool
    ended_by_br: bool


def classes(element: etree._Element) -> frozenset[str]:
    """Return the classes of ``element``, case-folded."""
    return frozenset(str(element.get("class") or "").casefold().split())


def _field_of(element: etree._Element) -> str | None:
    names = classes(element)
    for name, field in (
        ("docpublicationname", "publication"),
        ("docheader", "header"),
        ("titrearticlevisu", "title"),
    ):
        if name in names:
            return field
    if element.tag == "aside":
        return "aside"
    if element.get("id") == "divPubliC" or element.get("id") == "tbHeaderImages":
        return "certificate" if element.get("id") == "divPubliC" else "images"
    if element.tag == "table" and any(
        "certificat" in str(img.get("alt") or "").casefold() for img in element.iter("img")
    ):
        return "certificate"
    return None


class _Walk:
    """Cuts an element's text into lines and hands field elements to ``on_field``."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.fields: list[tuple[str, etree._Element, int]] = []
        self._parts: list[str] = []
        self._header_depth = 0

    def _break(self, by_br: bool) -> None:
        text = collapse("".join(self._parts))
        self._parts.clear()
        if text:
            self.lines.append(Line(text, self._header_depth > 0, by_br))

    def walk(self, element: etree._Element) -> None:
        self._add(element.text)
        for child in element:
            self._child(child)
            self._add(child.tail)

    def _add(self, text: str | None) -> None:
        if text:
            self._parts.append(text)

    def _child(self, child: etree._Element) -> None:
        if not isinstance(child.tag, str) or child.tag in _SKIPPED:
            return
        if child.tag == "img" and child.get("sourcecode"):
            self.fields.append(("source_code", child, len(self.lines)))
            return
        field = _field_of(child)
        if field is not None:
            self._break(False)
            self.fields.append((field, child, len(self.lines)))
            return
        if child.tag == "br":
            self._break(True)
            return
        inline = child.tag in _INLINE
        if not inline:
            self._break(False)
        header = child.tag == "header"
        self._header_depth += header
        self.walk(child)
        if not inline:
            self._break(False)
        self._header_depth -= header

    def finish(self) -> None:
        self._break(False)


def lines_of(element: etree._Element) -> list[str]:
    """Return the lines of text of ``element`` (fields inside it are not taken apart)."""
    walk = _Walk()
    walk.walk(element)
    walk.finish()
    return [line.text for line in walk.lines]


def _text(element: etree._Element) -> str:
    return collapse("".join(element.itertext()))


def _slug(label: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in label.casefold().replace("(s)", "s"))
    return "_".join(words.split()) or "notes"


def _read_aside(element: etree._Element, builder: ArticleBuilder) -> None:
    key = "notes"
    for line in lines_of(element):
        label = _LABEL.fullmatch(line)
        if label is not None:
            key = _slug(label.group("label"))
            continue
        builder.meta(key, (line,))


def _read_certificate(element: etree._Element, builder: ArticleBuilder) -> None:
    builder.meta("certificate", " ".join(lines_of(element)))
    for span in element.iter("span"):
        if span.get("id") == "PubliC_lblNodoc":
            builder.meta("certificate_id", _text(span))
        elif span.get("id") == "PubliC_lblEndDate":
            builder.meta("certificate_date", _text(span))
    if element.tag == "table":  # the older layout: the first cell holds the id, the b a date
        cells = [_text(cell) for cell in element.iter("td")]
        if cells and cells[0]:
            builder.meta("certificate_id", cells[0])
        dates = [_text(b) for b in element.iter("b") if _text(b)[:1].isdigit()]
        if dates:
            builder.meta("certificate_date", dates[-1])


def _read_header(text: str, builder: ArticleBuilder) -> None:
    builder.meta("header", text)
    header = read_header(text)
    builder.meta("section", header.section)
    builder.meta("page", header.page)
    builder.meta("word_count", header.word_count)
    builder.meta("header_extra", header.rest)
    builder.meta("publication_date", header.date_text)
    if header.date is not None and builder.date is None:
        builder.date = header.date
    elif header.date is None:
        builder.problem(
            f"{builder.problem_prefix}.unknown-date",
            f"no date could be read in the header {text[:80]!r}",
        )


def _is_byline(line: Line) -> bool:
    return (
        (line.in_header or line.ended_by_br)
        and len(line.text) <= BYLINE_MAX_CHARS
        and not line.text.endswith(_SENTENCE_END)
        and _COPYRIGHT.match(line.text) is None
    )


def fill(article: etree._Element, builder: ArticleBuilder) -> None:
    """Read one article element of either layout into ``builder``."""
    walk = _Walk()
    walk.walk(article)
    walk.finish()
    header_parts: list[str] = []
    title_at: int | None = None
    for field, element, at in walk.fields:
        if field == "publication":
            builder.meta("publication", _text(element))
        elif field == "header":
            header_parts.append("".join(element.itertext()))
        elif field == "title" and title_at is None:
            title_at = at
            title = _text(element)
        elif field == "title":
            builder.meta("headline", _text(element))
        elif field == "aside":
            _read_aside(element, builder)
        elif field == "certificate":
            _read_certificate(element, builder)
        elif field == "source_code":
            builder.meta("source_code", str(element.get("sourcecode")))
    if header_parts:
        _read_header("".join(header_parts), builder)
    _fill_lines(walk.lines, title_at, title if title_at is not None else "", builder)


def _fill_lines(
    lines: list[Line], title_at: int | None, title: str, builder: ArticleBuilder
) -> None:
    start = title_at if title_at is not None else 0
    for line in lines[:start]:
        builder.meta("kicker", (line.text,))
    if title_at is not None:
        builder.add("title", title)
    for number, line in enumerate(lines[start:]):
        document = _DOCUMENT_ID.fullmatch(line.text)
        if document is not None:
            builder.meta("document_id", document.group("id"))
        elif _COPYRIGHT.match(line.text) is not None:
            builder.meta("copyright", line.text)
        elif number == 0 and title_at is not None and _is_byline(line):
            builder.add("byline", line.text)
            builder.meta("byline", line.text)
        else:
            builder.add("body", line.text)


def article_elements(root: etree._Element) -> Iterator[etree._Element]:
    """Yield the article elements of a page: ``<article>``, else each old-layout block.

    In the older layout an article is the largest element around a
    ``DocPublicationName`` (or, lacking one, a ``TitreArticleVisu``) that holds
    no other.
    """
    articles = [
        a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())
    ]
    if articles:
        yield from articles
        return
    for mark in ("docpublicationname", "titrearticlevisu"):
        spans = [e for e in root.iter() if isinstance(e.tag, str) and mark in classes(e)]
        if spans:
            yield from _containers(spans)
            return


def _containers(marks: list[etree._Element]) -> Iterator[etree._Element]:
    owners: dict[etree._Element, int] = {}
    for mark in marks:
        for ancestor in mark.iterancestors():
            owners[ancestor] = owners.get(ancestor, 0) + 1
    seen: set[etree._Element] = set()
    for mark in marks:
        container = mark
        for ancestor in mark.iterancestors():
            if owners[ancestor] > 1 or ancestor.tag == "html":
                break
            container = ancestor
        if container not in seen:
            seen.add(container)
            yield container
