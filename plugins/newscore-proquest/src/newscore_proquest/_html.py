"""The ``proquest`` reader: a ProQuest results page, parsed by lxml, into articles.

ProQuest pages nest whole HTML documents (``<html><head>...<body>...``) inside
each record's "Full text" field, and some lose a ``<`` ("html&gt;"). libxml2's
HTML parser drops what follows a misplaced ``<html>`` or ``<head>``, so those
nested document tags are taken out first (:func:`without_nested_documents`):
only the page's own opening ``html``, ``head`` and ``body`` tags and its last
closing ones stay. (html5lib's WHATWG parser reads them as well, but it takes
quadratic time on runs of unclosed formatting tags, a few kilobytes of
``<b><i><u>`` taking seconds.)

The tree is then read in document order. Each record opens at its anchor
(``<a name="DocID_...">``); its first unlabelled paragraph is the title; a
paragraph opened by a ``<strong>`` label ("Author:", "Subject:") is a field
(:mod:`newscore_proquest._fields`); unlabelled paragraphs after "Abstract:"
are the abstract, after "Full text:" the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
import lxml.html
import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder, apply_dateline, collapse, join_bounded, position_of
from newscore_proquest._fields import ABSTRACT, FULL_TEXT, apply_field, finish_fields, key_of

__all__ = ["MAX_INPUT_CHARS", "read_html", "sniff"]

MAX_INPUT_CHARS = 32 * 1024 * 1024
"""The most characters of one input that are read (32 Mi); the rest is a problem."""

_NOT_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]++")
_ANCHOR = "DocID_"
_MARKS = (
    "proquest document id",
    "proquest document link",
    "search.proquest.com",
    "proquest export",
)
# A numeric character reference: the parser decodes it into the tree, which holds only XML text.
_CHARACTER_REFERENCE = regex.compile(
    r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8}+)|(?P<dec>[0-9]{1,10}+));?+"
)


def xml_safe(text: str) -> tuple[str, int]:
    """Replace what a markup tree cannot hold: controls, lone surrogates, and references to them.

    Returns the text and how many runs or references were replaced.
    """
    clean, replaced = _NOT_XML.subn("\ufffd", text)
    if "&#" not in clean:
        return clean, replaced
    unfit = 0

    def fit(found: regex.Match[str]) -> str:
        nonlocal unfit
        code = int(found["hex"], 16) if found["hex"] is not None else int(found["dec"])
        if code <= 0x10FFFF and _NOT_XML.fullmatch(chr(code)) is None:
            return str(found.group())
        unfit += 1
        return "&#xFFFD;"

    clean = _CHARACTER_REFERENCE.sub(fit, clean)
    return clean, replaced + unfit


def sniff(text: str) -> float:
    """Answer 0.99 for a page with record anchors and "Full text:", 0.9 for one naming ProQuest."""
    if text.lstrip("\ufeff \t\r\n")[:1] != "<":  # a MIME message is proquest-eml's
        return 0.0
    lowered = text.lower()
    if "docid_" in lowered and "full text:" in lowered:
        return 0.99
    if any(mark in lowered for mark in _MARKS) and "<strong>" in lowered:
        return 0.9
    return 0.0


def bounded(lines: Iterable[str]) -> tuple[str, int]:
    """Return the first :data:`MAX_INPUT_CHARS` of ``lines`` and how many were not kept."""
    return join_bounded(lines, MAX_INPUT_CHARS)


_DOCUMENT_TAG = regex.compile(r"(?i)<(?P<end>/?+)(?P<name>html|head|body)(?![\w:-])[^<>]{0,4000}+>")


def without_nested_documents(text: str) -> str:
    """Blank the ``html``, ``head`` and ``body`` tags of documents nested in the page.

    The first opening tag and the last closing tag of each name are the
    page's own and stay; every other one becomes spaces of its length, so
    that offsets into the text do not move.
    """
    found = list(_DOCUMENT_TAG.finditer(text))
    if len(found) <= 6:
        return text
    keep: dict[tuple[str, str], int] = {}
    for tag in found:
        key = (tag["end"], tag["name"].lower())
        if key not in keep or tag["end"]:
            keep[key] = tag.start()
    kept = set(keep.values())
    parts: list[str] = []
    position = 0
    for tag in found:
        if tag.start() not in kept:
            parts += [text[position : tag.start()], " " * (tag.end() - tag.start())]
            position = tag.end()
    parts.append(text[position:])
    return "".join(parts)


def _tree(text: str) -> etree._Element:
    # As UTF-8 bytes: lxml refuses a str that carries an encoding declaration.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True
    )
    data = without_nested_documents(text).encode("utf-8", errors="replace")
    try:
        root: etree._Element = lxml.html.document_fromstring(data, parser)
    except etree.ParserError:  # no element at all (blank, or comments only)
        return lxml.html.document_fromstring("<html><body></body></html>")
    return root


def _label(element: etree._Element) -> str | None:
    """Return the label a paragraph opens with ("Author:"), or ``None``."""
    first = next(iter(element), None)
    if first is None or first.tag != "strong" or (element.text or "").strip():
        return None
    label = collapse("".join(first.itertext()))
    return label[:-1].strip() if label.endswith(":") else None


def _own_text(element: etree._Element, skip_first: bool) -> str:
    """Return the text of ``element`` outside the paragraphs and blocks nested in it."""
    parts = [element.text or ""]
    for number, child in enumerate(element):
        nested = isinstance(child.tag, str) and child.tag not in {"p", "div", "title", "meta"}
        if nested and not (skip_first and number == 0):
            parts.append(_own_text(child, skip_first=False))
        parts.append(child.tail or "")
    return collapse("".join(parts))


@attrs.define
class _Record:
    builder: ArticleBuilder
    anchor: str | None
    field: str | None = None
    titled: bool = False


class _Reader:
    def __init__(self, format_name: str, options: newscore.ReadOptions) -> None:
        self.format_name = format_name
        self.options = options
        self.records: list[_Record] = []
        self.preamble: list[str] = []

    def _open(self, anchor: str | None) -> _Record:
        record = _Record(builder=ArticleBuilder(self.format_name, "proquest"), anchor=anchor)
        self.records.append(record)
        return record

    def read(self, root: etree._Element) -> None:
        record: _Record | None = None
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            name = str(element.get("name") or "")
            if element.tag == "a" and name.startswith(_ANCHOR):
                record = self._open(name)
                record.builder.meta("anchor", name)
            elif element.tag in {"p", "div"}:
                record = self._block(element, record)
            elif element.tag == "text" and record is not None:
                count = str(element.get("wordcount") or "")
                if count.isdigit():
                    record.builder.meta("word_count", int(count))

    def _block(self, element: etree._Element, record: _Record | None) -> _Record | None:
        label = _label(element)
        text = _own_text(element, skip_first=label is not None)
        if label is None and not text:
            return record
        if record is None:
            if label is None and not self.records:
                self.preamble.append(text)
                return None
            record = self._open(None)
        builder = record.builder
        if label is not None:
            record.field = key_of(label)
            if text and record.field not in {ABSTRACT, FULL_TEXT}:
                apply_field(record.field, text, builder)
                if record.field == "byline":
                    builder.add("byline", text)
            elif text:
                self._paragraph(record, text)
            return record
        self._paragraph(record, text, element)
        return record

    def _paragraph(self, record: _Record, text: str, element: etree._Element | None = None) -> None:
        builder = record.builder
        if record.field is None and not record.titled:
            builder.add("title", text)
            record.titled = True
        elif record.field == ABSTRACT:
            builder.add("credits", text)  # furniture; renamed "abstract" when built
        elif record.field == FULL_TEXT:
            builder.add("body", text)
        elif element is not None and any(
            "copyright" in str(a.get("class") or "") for a in element.iterancestors()
        ):
            builder.meta("export_footer", (text,))
        elif element is not None and _is_document_link(element, text):
            builder.meta("document_link", str(element[0].get("href")))
        else:
            builder.meta("other", (text,))


def _is_document_link(element: etree._Element, text: str) -> bool:
    if len(element) != 1 or element[0].tag != "a":
        return False
    link = element[0]
    return "docview" in str(link.get("href") or "") and collapse("".join(link.itertext())) == text


def _built(
    record: _Record, index: int, text: str, options: newscore.ReadOptions
) -> newscore.Article:
    finish_fields(record.builder)
    offset = text.find(f'"{record.anchor}"') if record.anchor else -1
    offset = max(offset, 0)
    provenance = newscore.Provenance(
        origin=options.origin,
        index=index,
        offset=offset,
        line=position_of(text, offset)[0],
        element=f"//a[@name='{record.anchor}']/.." if record.anchor else None,
    )
    article = record.builder.build(provenance)
    furniture = tuple(
        attrs.evolve(piece, kind="abstract") if piece.kind == "credits" else piece
        for piece in article.furniture
    )
    article = attrs.evolve(article, furniture=furniture)
    if article.sections:
        article, _ = apply_dateline(article, article.sections[0].span.start, options)
    return article


def read_html(
    lines: Iterable[str], options: newscore.ReadOptions, format_name: str
) -> Iterator[newscore.Article]:
    """Read a ProQuest results page into its records, one article each.

    A page with no record is kept whole as one article with a
    ``proquest.no-article`` problem; characters XML cannot hold are replaced
    (``proquest.bad-character``); text past :data:`MAX_INPUT_CHARS` is a
    ``proquest.too-long`` problem on the last article.
    """
    text, dropped = bounded(lines)
    if not text.strip():
        return
    clean, replaced = xml_safe(text)
    reader = _Reader(format_name, options)
    root = _tree(clean)
    reader.read(root)
    articles = [_built(r, i, text, options) for i, r in enumerate(reader.records)]
    extra: list[newscore.Problem] = []
    if replaced:
        extra.append(
            newscore.Problem(
                code="proquest.bad-character",
                message=f"{replaced} runs of characters that markup cannot hold were replaced",
            )
        )
    if dropped:
        extra.append(
            newscore.Problem(
                code="proquest.too-long",
                message=f"the input passes {MAX_INPUT_CHARS} characters;"
                f" {dropped} more characters were not read",
            )
        )
    if not any(a.title or a.sections for a in articles):
        builder = ArticleBuilder(format_name, "proquest")
        builder.add("body", collapse("".join(root.itertext())))
        builder.problem(
            "proquest.no-article",
            "no ProQuest record was found; the page's text is kept as the body",
            severity="error",
        )
        articles = [builder.build(newscore.Provenance(origin=options.origin))]
    elif reader.preamble:
        first = articles[0]
        articles[0] = attrs.evolve(
            first, meta={**first.meta, "export_note": tuple(reader.preamble)}
        )
    if extra:
        articles[-1] = attrs.evolve(articles[-1], problems=(*articles[-1].problems, *extra))
    for article in articles:
        if options.strict:
            for problem in article.problems:
                if problem.severity != "info":
                    where = article.provenance.offset if article.provenance is not None else 0
                    raise newscore.ParseError.at(text, where, problem.message, code=problem.code)
        yield article
