"""The ``factiva-xml`` format: Factiva XML (``PPSResponse`` / ``ppsarticle``).

:func:`split` feeds the input line by line to an :class:`lxml.etree.XMLPullParser`
and yields each ``article`` element as soon as it is complete, rendered in the
field-code layout (:mod:`newscore_factiva._fields`). When the XML breaks, the
text from the last complete article on is read again by lxml's recovering
parser: what it recovers is rendered with a ``factiva.recovered`` problem,
what it cannot is kept as it is with a ``factiva.unreadable`` problem, and
strict parsing resumes at the next ``<ppsarticle>`` line.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Iterator, Sequence

import regex
from lxml import etree

import newscore
from newscore.toolkit import format_date, paragraphs
from newscore_factiva._fields import (
    UNREADABLE,
    Record,
    language_code,
    language_name,
    render,
)

__all__ = ["NAMESPACE", "RECOVERED", "record_of", "sniff", "split", "write"]

NAMESPACE = "http://global.factiva.com/pps/2.0"
"""The namespace of Factiva's PPS XML."""

RECOVERED = "factiva_recovered"
"""Key of :attr:`newscore.Chunk.context` for an article read back from broken XML."""

_ARTICLE_START = regex.compile(r"<(?:[\w.-]++:)?+ppsarticle(?=[\s/>])")
_MARKERS = regex.compile(
    r"<(?:[\w.-]++:)?+(?:ppsarticle|PPSResponse)(?=[\s/>])|global\.factiva\.com/pps"
)
_PARAGRAPH_BREAK = regex.compile(
    r"(?:\r\n?+|\n)(?:[ \t]*+(?:\r\n?+|\n))++[ \t]*+|(?:\r\n?+|\n)[ \t]++"
)
_DATE_TIME = regex.compile(
    r"[ \t\r\n]*+(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ](?P<time>[0-9]{2}:[0-9]{2}))?+"
)
_DECLARATION = regex.compile(r"\A\ufeff?+[ \t\r\n]*+<\?xml[^>]*+>")
_CODE_LISTS = (
    ("CO", "company"),
    ("IN", "industry"),
    ("NS", "newsSubject"),
    ("RE", "region"),
)


def sniff(text: str) -> float:
    """Answer 0.99 for Factiva XML (``ppsarticle``, ``PPSResponse``, the PPS namespace)."""
    return 0.99 if _MARKERS.search(text) else 0.0


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _first(element: etree._Element, name: str) -> etree._Element | None:
    return next(element.iter(f"{{*}}{name}"), None)


def _paragraphs(element: etree._Element | None) -> tuple[str, ...]:
    if element is None:
        return ()
    children = list(element.iter("{*}paragraph"))
    if children:
        return tuple(_text(child) for child in children if _text(child))
    whole = "".join(element.itertext())
    # Reuters-style text: a paragraph starts after a blank line or on an indented line.
    return tuple(" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(whole) if part.strip())


def _publication(element: etree._Element) -> list[tuple[str, str]]:
    published = _first(element, "publicationDate")
    if published is None:
        return []
    written = _text(published)
    found = _DATE_TIME.match(written)
    if found is None:
        return [("PD", written)]
    try:
        date = datetime.date.fromisoformat(found.group("date"))
    except ValueError:
        return [("PD", written)]
    fields = [("PD", format_date(date, "long", "en"))]
    if found.group("time"):
        fields.append(("ET", found.group("time")))
    return fields


def record_of(element: etree._Element) -> Record:
    """Read an ``article`` (or ``ppsarticle``) element into a :class:`Record`."""
    fields: list[tuple[str, str]] = []

    def add(code: str, name: str) -> None:
        fields.append((code, _text(_first(element, name))))

    add("SE", "sectionName")
    add("HD", "headline")
    byline = _first(element, "byline")
    fields.append(("BY", _text(byline if byline is not None else _first(element, "author"))))
    add("CR", "credit")
    words = _text(_first(element, "wordCount"))
    fields.append(("WC", f"{words} words" if words.isdigit() else words))
    fields.extend(_publication(element))
    add("SN", "sourceName")
    add("SC", "sourceCode")
    add("ED", "edition")
    add("PG", "pages")
    add("VOL", "volume")
    language = _text(_first(element, "baseLanguage"))
    iso = language_code(language)
    fields.append(("LA", language_name(iso) if iso else language))
    add("CY", "copyright")
    add("CLM", "columnName")
    for code, name in _CODE_LISTS:
        entries = [
            f"{item.get('code')} : {_text(_first(item, 'name'))}"
            if _text(_first(item, "name"))
            else str(item.get("code"))
            for item in element.iter(f"{{*}}{name}")
            if item.get("code")
        ]
        fields.append((code, " | ".join(entries)))
    for code, kinds in (("IPC", {"ipc", "ipcre"}), ("IPD", {"ipd"})):
        values = [_text(item) for item in element.iter("{*}descField") if item.get("code") in kinds]
        fields.append((code, " | ".join(value for value in values if value)))
    add("PUB", "publisherName")
    add("NOTE", "notes")
    add("AN", "accessionNo")
    # A paragraph outside any field (its headline tags lost, say) is kept in the body.
    stray = tuple(
        text for child in element if _local(child) == "paragraph" and (text := _text(child))
    )
    return Record(
        fields=tuple(fields),
        lead=_paragraphs(_first(element, "leadParagraph")),
        body=_paragraphs(_first(element, "tailParagraphs")) + stray,
    )


def _is_outermost_article(element: etree._Element) -> bool:
    return _local(element) == "article" and not any(
        _local(ancestor) == "article" for ancestor in element.iterancestors()
    )


def _release(element: etree._Element) -> None:
    """Free what the parser built so far, so that long exports stream in little memory."""
    element.clear(keep_tail=True)
    for node in (element, *element.iterancestors()):
        parent = node.getparent()
        while parent is not None and node.getprevious() is not None:
            del parent[0]


def _new_parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True)


def _recover(
    region: Sequence[str], offset: int, line: int, message: str
) -> Iterator[newscore.Chunk]:
    """Read the text of broken XML with lxml's recovering parser, one ``<ppsarticle>`` at a time.

    Cutting at each ``<ppsarticle`` keeps one broken article from swallowing the
    next, and a stray end tag before it from ending the recovered document early.
    """
    text = "".join(region)
    cuts = [found.start() for found in _ARTICLE_START.finditer(text)]
    bounds = [0, *(cut for cut in cuts if cut > 0), len(text)]
    for piece_start, piece_end in itertools.pairwise(bounds):
        yield from _recover_piece(text[piece_start:piece_end], offset, line, message)


def _recover_piece(text: str, offset: int, line: int, message: str) -> Iterator[newscore.Chunk]:
    if not text.strip():
        return
    inner = _DECLARATION.sub("", text, count=1)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root: etree._Element | None
    try:
        root = etree.fromstring(
            f'<factiva-recovery xmlns="{NAMESPACE}">{inner}</factiva-recovery>'.encode(),
            parser,
        )
    except etree.XMLSyntaxError:  # pragma: no cover - recover mode rarely gives up
        root = None
    found: list[etree._Element] = []
    if root is not None:
        found = [el for el in root.iter("{*}article") if _is_outermost_article(el)]
        found += [
            el for el in root.iter("{*}ppsarticle") if next(el.iter("{*}article"), None) is None
        ]
    texts = [render(record_of(element)) for element in found]
    texts = [text for text in texts if text.strip()]
    if texts:
        for rendered in texts:
            yield newscore.Chunk(
                text=rendered, offset=offset, line=line, context={RECOVERED: message}
            )
        return
    if root is not None and not "".join(root.itertext()).strip():
        return  # only markup (a stray end tag): nothing of an article to keep
    yield newscore.Chunk(text=text, offset=offset, line=line, context={UNREADABLE: message})


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut a Factiva XML export into articles as the lines come in.

    Each :class:`~newscore.Chunk` holds one article rendered in the field-code
    layout; its ``offset`` and ``line`` say where the article starts in the input.
    """
    parser = _new_parser()
    offset = 0
    number = 0
    region: list[str] = []
    region_at = (0, 1)
    start: tuple[int, int] | None = None
    failure: str | None = None
    for line in lines:
        number += 1
        if failure is not None:
            resume = _ARTICLE_START.search(line)
            if resume is None:
                region.append(line)
                offset += len(line)
                continue
            region.append(line[: resume.start()])
            yield from _recover(region, *region_at, failure)
            failure = None
            parser = _new_parser()
            parser.feed(f'<factiva-resume xmlns="{NAMESPACE}">')
            fed = line[resume.start() :]
            region, region_at = [fed], (offset + resume.start(), number)
        else:
            fed = line
            region.append(line)
        emitted = False
        try:
            parser.feed(fed)
            for event, element in parser.read_events():
                name = _local(element)
                if event == "start":
                    if start is None and name in {"ppsarticle", "article"}:
                        start = (offset, number)
                    continue
                if not _is_outermost_article(element):
                    continue
                text = render(record_of(element))
                at = start or (offset, number)
                start = None
                _release(element)
                emitted = True
                if text:
                    yield newscore.Chunk(text=text, offset=at[0], line=at[1])
        except etree.XMLSyntaxError as error:
            failure = f"broken XML at line {number}: {error.msg}"
            start = None
        offset += len(line)
        if emitted and failure is None:
            region, region_at = [], (offset, number + 1)
    if failure is None:
        try:
            parser.close()
        except etree.XMLSyntaxError as error:
            failure = f"the XML ends too early: {error.msg}"
        if start is not None:
            failure = "the XML ends inside an article"
    if failure is not None:
        yield from _recover(region, *region_at, failure)


# ----------------------------------------------------------------------- writing


def _paragraph_texts(article: newscore.Article, kind: str) -> list[str]:
    texts: list[str] = []
    for section in article.sections:
        if (section.kind == "lead") != (kind == "lead") or section.kind == "meta":
            continue
        raw = section.text
        texts.extend(" ".join(p.span.of(raw).split()) for p in paragraphs(raw))
    return texts


def _add(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    child: etree._Element = etree.SubElement(parent, f"{{{NAMESPACE}}}{name}")
    if text is not None:
        child.text = text
    return child


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Render ``article`` as a one-article Factiva XML document (``PPSResponse``).

    Written: title, date, lead and body paragraphs, outlet (``meta["outlet"]``
    or the first source), byline, section, word count, language, document id,
    copyright and subject, region, industry and company codes (without names).
    """
    meta = article.meta
    root = etree.Element("PPSResponse")
    response = etree.SubElement(root, f"{{{NAMESPACE}}}ppsArticleResponse", nsmap={None: NAMESPACE})
    result = _add(response, "ppsarticleResultSet")
    result.set("count", "1")
    record = _add(_add(result, "ppsarticle"), "article")

    def text_of(key: str) -> str | None:
        value = meta.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def one(name: str, value: str | None) -> None:
        if value:
            _add(record, name, value)

    one("accessionNo", text_of("document_id"))
    language = text_of("language")
    one("baseLanguage", language.upper() if language else None)
    one("copyright", text_of("copyright"))
    one("sectionName", text_of("section"))
    if article.title and article.title.strip():
        _add(_add(record, "headline"), "paragraph", " ".join(article.title.split()))
    one("byline", text_of("byline"))
    for name, texts in (
        ("leadParagraph", _paragraph_texts(article, "lead")),
        ("tailParagraphs", _paragraph_texts(article, "body")),
    ):
        if texts:
            holder = _add(record, name)
            for text in texts:
                _add(holder, "paragraph", text)
    if article.date is not None:
        stamp = article.date.isoformat()
        time = text_of("time")
        if time and regex.fullmatch(r"[0-9]{2}:[0-9]{2}", time):
            _add(_add(record, "publicationDate"), "dateTime", f"{stamp}T{time}:00Z")
        else:
            _add(_add(record, "publicationDate"), "date", stamp)
    outlet = text_of("outlet") or (article.sources[0].name if article.sources else None)
    one("sourceName", " ".join(outlet.split()) if outlet else None)
    one("sourceCode", text_of("source_code"))
    for key, name in (
        ("company_codes", "company"),
        ("industry_codes", "industry"),
        ("subject_codes", "newsSubject"),
        ("region_codes", "region"),
    ):
        codes = meta.get(key)
        for code in codes if isinstance(codes, tuple) else ():
            _add(record, name).set("code", code)
    length = meta.get("length")
    if isinstance(length, int) and not isinstance(length, bool):
        one("wordCount", str(length))
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body
