"""The ``factiva-xml`` reader: Factiva XML (``PPSResponse`` / ``ppsarticle``), read from the tree.

Each ``ppsarticle`` element is one article (:func:`read`, through
:mod:`newscore_factiva._stream`). Its fields are read from the children of its
``article`` element, in document order (:func:`fill`):

- ``headline`` is the title; ``byline`` (or ``author``) and ``credit`` are
  furniture; the paragraphs of ``leadParagraph``, ``tailParagraphs`` and any
  stray ``paragraph`` are the lead and body sections: these make ``raw``;
- every other field goes to ``meta`` (see :data:`FIELDS`), the publication date
  to :attr:`newscore.Article.date` (and, as written, ``meta["publication_date"]``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping

import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder, collapse
from newscore_factiva._names import agency_kind, language_code
from newscore_factiva._stream import Markup, PullParser, read_markup

__all__ = ["CODE_LISTS", "FIELDS", "MARKUP", "NAMESPACE", "fill", "read", "sniff"]

NAMESPACE = "http://global.factiva.com/pps/2.0"
"""The namespace of Factiva's PPS XML."""

FIELDS: Mapping[str, str] = {
    "accessionNo": "document_id",
    "reference": "reference",
    "copyright": "copyright",
    "pages": "page",
    "publisherName": "publisher",
    "sourceName": "outlet",
    "sourceCode": "source_code",
    "notes": "notes",
    "sectionName": "section",
    "edition": "edition",
    "volume": "volume",
    "columnName": "column",
}
"""Elements read into ``meta`` as text, and their keys there.

Besides these: ``wordCount`` gives ``length`` (an int), ``baseLanguage`` gives
``language`` (ISO 639-1) and ``language_name`` (as written),
``publicationDate`` gives the date, ``time`` and ``publication_date``; the
code lists are in :data:`CODE_LISTS`; ``descField`` gives ``ipc``/``ipd``. Any
other element with text ``name`` is kept as ``factiva_name`` (lower case).
"""

CODE_LISTS: Mapping[str, str] = {
    "company": "company",
    "industry": "industry",
    "newsSubject": "subject",
    "region": "region",
}
"""Coded elements: ``<region code="usa"><name>United States</name></region>`` gives
``region_codes`` and ``region_names``; all codes together are ``codes``."""

_TEXT = {"headline": "title", "byline": "byline", "author": "byline", "credit": "credits"}
_PARAGRAPHS = {"leadParagraph": "lead", "tailParagraphs": "body", "paragraph": "body"}

_ARTICLE_START = regex.compile(r"<(?:[\w.-]++:)?+ppsarticle(?=[\s/>])")
_ARTICLE_END = regex.compile(r"</(?:[\w.-]++:)?+ppsarticle[ \t\r\n]*+>")
_NAMESPACE_HOST = "global.factiva.com/pps"
_MARKERS = regex.compile(
    r"<(?:[\w.-]++:)?+(?:ppsarticle|PPSResponse)(?=[\s/>])|" + regex.escape(_NAMESPACE_HOST)
)
_PARAGRAPH_BREAK = regex.compile(
    r"(?:\r\n?+|\n)(?:[ \t]*+(?:\r\n?+|\n))++[ \t]*+|(?:\r\n?+|\n)[ \t]++"
)
_DATE_TIME = regex.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ](?P<time>[0-9]{2}:[0-9]{2}))?+"
)
_DECLARATION = regex.compile(r"\A\ufeff?+[ \t\r\n]*+<\?xml[^>]*+>")


def sniff(text: str) -> float:
    """Answer 0.99 for Factiva XML (``ppsarticle``, ``PPSResponse``, the PPS namespace)."""
    if "<" not in text and _NAMESPACE_HOST not in text:  # what every marker holds
        return 0.0
    return 0.99 if _MARKERS.search(text) else 0.0


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _text(element: etree._Element) -> str:
    return collapse("".join(element.itertext()))


def _paragraphs(element: etree._Element) -> list[str]:
    if _local(element) == "paragraph":
        return [_text(element)]
    children = list(element.iter("{*}paragraph", "paragraph"))
    if children:
        return [_text(child) for child in children]
    whole = "".join(element.itertext())
    # Reuters-style text: a paragraph starts after a blank line or on an indented line.
    return [collapse(part) for part in _PARAGRAPH_BREAK.split(whole)]


def _publication(element: etree._Element, builder: ArticleBuilder) -> None:
    written = _text(element)
    builder.meta("publication_date", written)
    found = _DATE_TIME.search(written)
    if found is None:
        builder.problem("factiva.unknown-date", f"cannot read the date {written[:60]!r}")
        return
    try:
        date = datetime.date.fromisoformat(found.group("date"))
    except ValueError:
        builder.problem("factiva.unknown-date", f"cannot read the date {written[:60]!r}")
        return
    if builder.date is None:
        builder.date = date
        builder.meta("time", found.group("time"))


def _field(name: str, element: etree._Element, builder: ArticleBuilder) -> None:
    """Read one child of ``article`` that is not text of the article into ``meta``."""
    if name in CODE_LISTS:
        code = element.get("code")
        if code:
            key = CODE_LISTS[name]
            builder.meta(f"{key}_codes", (code,))
            builder.meta("codes", (code,))
            names = [_text(child) for child in element if _local(child) == "name"]
            builder.meta(f"{key}_names", tuple(n for n in names if n))
        return
    text = _text(element)
    if name == "publicationDate":
        _publication(element, builder)
    elif name == "wordCount":
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits and len(digits) < 16:
            builder.meta("length", int(digits))
    elif name == "baseLanguage":
        iso = language_code(text)
        builder.meta("language", iso)
        builder.meta("language_name", text)
    elif name == "descField":
        kind = {"ipc": "ipc", "ipcre": "ipc", "ipd": "ipd"}.get(element.get("code") or "")
        builder.meta(kind or "factiva_descfield", (text,) if text else ())
    elif name in FIELDS:
        builder.meta(FIELDS[name], text)
        if name == "sourceName" and text and builder.get("outlet_kind") is None:
            builder.meta("outlet_kind", agency_kind(text))
    elif text:
        builder.meta(f"factiva_{name.lower()}", text)


def fill(element: etree._Element, builder: ArticleBuilder) -> None:
    """Read a ``ppsarticle`` (or ``article``) element into ``builder``."""
    record = next((child for child in element if _local(child) == "article"), element)
    if record.text and record.text.strip():
        builder.add("body", record.text)
    for child in record:
        name = _local(child)
        if name in _TEXT:
            builder.add(_TEXT[name], _text(child))  # type: ignore[arg-type]
        elif name in _PARAGRAPHS:
            role = _PARAGRAPHS[name]
            for paragraph in _paragraphs(child):
                builder.add(role, paragraph)  # type: ignore[arg-type]
        elif name:
            _field(name, child, builder)
        if child.tail and child.tail.strip():
            builder.add("body", child.tail)
    if record is not element:
        # Text of the ppsarticle outside its article element is text of the article too.
        for node in element:
            if node is not record and _local(node) and _text(node):
                builder.add("body", _text(node))
            if node.tail and node.tail.strip():
                builder.add("body", node.tail)


def is_article(element: etree._Element) -> bool:
    """Tell whether an article is read from ``element``: a ``ppsarticle``, or a lone ``article``."""
    name = _local(element)
    if name == "ppsarticle":
        return True
    if name != "article":
        return False
    return not any(_local(a) in {"ppsarticle", "article"} for a in element.iterancestors())


def _article_end(text: str, start: int) -> int | None:
    found = _ARTICLE_END.search(text, start)
    return found.end() if found is not None else None


def _path(element: etree._Element | None, number: int) -> str:
    if element is None:
        return f"//ppsarticle[{number}]"
    names = [_local(a) for a in element.iterancestors()][::-1]
    names = [name for name in names if name not in {"factiva-resume", "factiva-recovery"}]
    return "/" + "/".join([*names, f"{_local(element)}[{number}]"])


def _pull_parser() -> PullParser:
    return etree.XMLPullParser(
        events=("start", "end"),
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )


def _recovering_parser() -> etree.XMLParser:
    return etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def _wrap(piece: str) -> str:
    inner = _DECLARATION.sub("", piece, count=1)
    return f'<factiva-recovery xmlns="{NAMESPACE}">{inner}</factiva-recovery>'


MARKUP = Markup(
    format_name="factiva-xml",
    xml=True,
    new_parser=_pull_parser,
    recovering_parser=_recovering_parser,
    batch_chars=1,
    resume_prefix=f'<factiva-resume xmlns="{NAMESPACE}">',
    wrap=_wrap,
    article_start=_ARTICLE_START,
    article_end=_article_end,
    is_article=is_article,
    element_path=_path,
    fill=fill,
    nested=lambda element: [],
)
"""How :mod:`newscore_factiva._stream` reads Factiva XML."""


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a Factiva XML export into articles, one per ``ppsarticle``, as the lines come in."""
    return read_markup(MARKUP, lines, options)
