"""The ``factiva-html`` format: Factiva HTML exports ("article view", saved page).

Two layouts are read, both in any interface language:

- the field-code table (``<td class="index"><b>HD</b></td><td>...</td>``),
  one ``<div class="article ...">`` per article;
- the newer class-less layout (``<div id="article-..." class="article">`` with
  a ``...Headline`` span, then one ``<div>`` per field in a fixed order:
  section, headline, author, word count, date, time, source, source code,
  page, language, copyright; ``articleParagraph`` paragraphs; ``Dokument ...``).

:func:`split` feeds the lines to an :class:`lxml.etree.HTMLPullParser` and
yields each article when its ``div`` closes, so large exports stream.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex
from lxml import etree

import newscore
from newscore_factiva._dates import find_date
from newscore_factiva._fields import Record, language_code, render

__all__ = ["record_of", "sniff", "split"]

_TITLE = regex.compile(r"(?i)<title>(?P<title>[^<]{0,80}+)</title>")
_HTML = regex.compile(r"(?i)<(?:!doctype[ \t]++html|html|body|div|table)(?=[\s>])")
_CLASSES = regex.compile(
    r"""articleParagraph|class=['"][a-z]{2}Headline|id=['"]article-|<b>HD</b>"""
)
_CODE = regex.compile(r"[A-Z]{2,4}+")
_WORDS = regex.compile(r"[0-9][0-9.,\u00a0\u202f']*+[ \t\u00a0]++\p{L}++")
_TIME = regex.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+(?:[ \t]++\p{L}{1,5}+)?+")
_DOCUMENT = regex.compile(
    r"(?i)(?:document|dokument|documento|documenti|документ)[ \t\u00a0]++\S++"
)
_SOURCE_CODE = regex.compile(r"[A-Z0-9]{2,12}+")
_COPYRIGHT = regex.compile(r"(?i)(?:\(c\)|©|copyright)")


def sniff(text: str) -> float:
    """Answer 0.99 for a Factiva HTML page, 0.9 for text in the field-code layout."""
    if _HTML.search(text):
        title = _TITLE.search(text)
        if title is not None and "factiva" in title.group("title").lower():
            return 0.99
        if "factiva" in text.lower() and _CLASSES.search(text):
            return 0.99
        return 0.0
    return 0.9 if _looks_like_fields(text) else 0.0


_FIELD_LINE = regex.compile(r"(?m)^[ \t]*+(?P<code>HD|WC|PD|SN|AN|LP|TD|SC|LA)(?:[ \t]|$)")


def _looks_like_fields(text: str) -> bool:
    """Tell whether ``text`` holds ``HD`` and two other Factiva field lines."""
    codes = {found.group("code") for found in _FIELD_LINE.finditer(text[:20_000])}
    return "HD" in codes and len(codes - {"HD"}) >= 2


def _classes(element: etree._Element) -> list[str]:
    return (element.get("class") or "").split()


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _is_outer_article(element: etree._Element) -> bool:
    if element.tag != "div" or "article" not in _classes(element):
        return False
    return not any("article" in _classes(a) for a in element.iterancestors())


def _paragraph_texts(cell: etree._Element) -> list[str]:
    found = [_text(p) for p in cell.iter("p")]
    found = [text for text in found if text]
    return found or ([_text(cell)] if _text(cell) else [])


def _table_record(article: etree._Element) -> Record:
    fields: list[tuple[str, str]] = []
    lead: list[str] = []
    body: list[str] = []
    for row in article.iter("tr"):
        cells = [cell for cell in row if cell.tag == "td"]
        if len(cells) < 2:
            continue
        code = _text(cells[0])
        if not _CODE.fullmatch(code):
            continue
        if code == "LP":
            lead.extend(_paragraph_texts(cells[1]))
        elif code == "TD":
            body.extend(_paragraph_texts(cells[1]))
        else:
            fields.append((code, _text(cells[1])))
    return Record(fields=tuple(fields), lead=tuple(lead), body=tuple(body))


def _classify(text: str, seen: set[str]) -> str:
    """Tell which field a class-less ``<div>`` after the headline holds."""
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("WC", lambda: _WORDS.fullmatch(text) is not None),
        ("PD", lambda: (found := find_date(text)) is not None and found.span.start == 0),
        ("ET", lambda: _TIME.fullmatch(text) is not None),
        ("LA", lambda: language_code(text) is not None and len(text) > 2),
        ("CY", lambda: _COPYRIGHT.match(text) is not None),
        ("PG", text.isdigit),
        ("SC", lambda: "SN" in seen and _SOURCE_CODE.fullmatch(text) is not None),
    )
    for code, check in checks:
        if code not in seen and check():
            return code
    return "SN" if "SN" not in seen else "OT"


def _divs_record(article: etree._Element) -> Record:
    fields: list[tuple[str, str]] = []
    lead: list[str] = []
    body: list[str] = []
    seen: set[str] = set()
    headline = next(
        (
            element
            for element in article.iter()
            if element.get("id") == "hd"
            or any(name.endswith("Headline") for name in _classes(element))
        ),
        None,
    )
    inside_headline = set(headline.iter()) if headline is not None else set()
    after_headline = False
    for element in article.iter():
        if element is headline:
            fields.append(("HD", _text(element)))
            after_headline = True
            continue
        if element in inside_headline or not isinstance(element.tag, str):
            continue
        classes = _classes(element)
        if element.tag == "div" and "author" in classes:
            fields.append(("BY", _text(element)))
        elif element.tag == "div" and not classes and element.get("id") is None:
            if element.find(".//div") is not None or not _text(element):
                continue
            text = _text(element)
            if not after_headline:
                fields.append(("SE", text))
                continue
            code = _classify(text, seen)
            seen.add(code)
            fields.append((code, text))
        elif element.tag == "p" and "articleParagraph" in classes:
            (body if lead else lead).append(_text(element))
        elif element.tag == "p" and not classes and element.find(".//div") is None:
            text = _text(element)
            if _DOCUMENT.fullmatch(text):
                fields.append(("AN", text))
            elif text:
                (body if lead else lead).append(text)
    return Record(fields=tuple(fields), lead=tuple(lead), body=tuple(body))


def record_of(article: etree._Element) -> Record:
    """Read one article ``div`` of either layout into a :class:`Record`."""
    table = any(
        "index" in _classes(cell) or _CODE.fullmatch(_text(cell)) for cell in article.iter("td")
    )
    return _table_record(article) if table else _divs_record(article)


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut a Factiva HTML export into articles as the lines come in.

    Each :class:`~newscore.Chunk` holds one article rendered in the field-code
    layout; its ``offset`` and ``line`` say where the article's ``div`` starts.
    Text that is not HTML at all is read as field-code text, as one article.
    """
    parser = etree.HTMLPullParser(events=("start", "end"), no_network=True)
    offset = 0
    number = 0
    start: tuple[int, int] | None = None
    markup: bool | None = None
    plain: list[str] = []
    for line in lines:
        number += 1
        if markup is None and line.strip():
            markup = _HTML.search(line) is not None or line.lstrip().startswith("<")
        if markup is False:
            plain.append(line)
            continue
        parser.feed(line)
        for event, element in parser.read_events():
            if event == "start":
                if start is None and _is_outer_article(element):
                    start = (offset, number)
                continue
            if not _is_outer_article(element):
                continue
            text = render(record_of(element))
            at = start or (offset, number)
            start = None
            element.clear(keep_tail=True)
            if text:
                yield newscore.Chunk(text=text, offset=at[0], line=at[1])
        offset += len(line)
    if markup is False:
        text = "".join(plain)
        if text.strip():
            yield newscore.Chunk(text=text)
        return
    parser.close()
    for _event, element in parser.read_events():
        if _is_outer_article(element):  # pragma: no cover - closed only at the very end
            text = render(record_of(element))
            if text:
                yield newscore.Chunk(text=text, offset=offset, line=number)
