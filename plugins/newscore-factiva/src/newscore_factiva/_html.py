"""The ``factiva-html`` reader: Factiva HTML exports ("article view", saved page), from the tree.

Two layouts are read, both in any interface language, one article per
outermost ``<div>`` whose class holds ``article``:

- the field-code table (``<td class="index"><b>HD</b></td><td>...</td>``):
  each row's code says where its value goes (:mod:`newscore_factiva._codes`);
- the class-less layout (``<div id="article-..." class="article">``): a
  ``...Headline`` span, then one ``<div>`` per field (section before the
  headline; then word count, date, time, source, source code, page,
  language, copyright, told apart by their text), ``articleParagraph``
  paragraphs, and ``Dokument ...``.

Text that is not markup at all, pasted in the field-code layout (``HD ...``
lines), is read by :mod:`newscore_factiva._fields`, as one article.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex
from lxml import etree

import newscore
from newscore.toolkit import ArticleBuilder, PieceRole, collapse
from newscore_factiva._codes import apply_field
from newscore_factiva._dates import find_date
from newscore_factiva._fields import parse_fields
from newscore_factiva._names import language_code
from newscore_factiva._stream import BATCH_CHARS, Markup, PullParser, read_markup

__all__ = ["MARKUP", "MAX_TEXT_CHARS", "fill", "is_article", "read", "sniff"]

MAX_TEXT_CHARS = 16 * 1024 * 1024
"""The most characters of field-code text read as one article (16 Mi)."""

_TITLE = regex.compile(r"(?i)<title>(?P<title>[^<]{0,80}+)</title>")
_HTML = regex.compile(r"(?i)<(?:!doctype[ \t]++html|html|body|div|table)(?=[\s>])")
_CLASSES = regex.compile(
    r"""articleParagraph|class=['"][a-z]{2}Headline|id=['"]article-|<b>HD</b>"""
)
_ARTICLE_START = regex.compile(r"(?i)<div\b[^>]*?\barticle\b")
_DIV_TAG = regex.compile(r"(?i)<(?P<close>/)?+div\b[^>]*+(?P<empty>(?<=/))?+>")
_CODE = regex.compile(r"[A-Z]{2,4}+")
_WORDS = regex.compile(r"[0-9][0-9.,\u00a0\u202f']*+[ \t\u00a0]++\p{L}++")
_TIME = regex.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+(?:[ \t]++\p{L}{1,5}+)?+")
_DOCUMENT = regex.compile(
    r"(?i)(?:document|dokument|documento|documenti|документ)[ \t\u00a0]++\S++"
)
_SOURCE_CODE = regex.compile(r"[A-Z0-9]{2,12}+")
_COPYRIGHT = regex.compile(r"(?i)(?:\(c\)|©|copyright)")
_MARKUP_LINE = regex.compile(r"<[A-Za-z!?/]")
_FIELD_LINE = regex.compile(r"(?m)^[ \t]*+(?P<code>HD|WC|PD|SN|AN|LP|TD|SC|LA)(?:[ \t\r]|$)")


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


def _looks_like_fields(text: str) -> bool:
    """Tell whether ``text`` holds ``HD`` and two other Factiva field lines."""
    head = text[:20_000]
    if "HD" not in head:
        return False
    codes = {found.group("code") for found in _FIELD_LINE.finditer(head)}
    return "HD" in codes and len(codes - {"HD"}) >= 2


def _classes(element: etree._Element) -> list[str]:
    if not isinstance(element.tag, str):
        return []
    return (element.get("class") or "").split()


def _text(element: etree._Element) -> str:
    return collapse("".join(element.itertext()))


def is_article(element: etree._Element) -> bool:
    """Tell whether ``element`` is an article: an outermost ``div`` of class ``article``."""
    if element.tag != "div" or "article" not in _classes(element):
        return False
    return not any("article" in _classes(a) for a in element.iterancestors())


# ------------------------------------------------------------------ the table layout


def _paragraphs(cell: etree._Element) -> list[str]:
    found = [_text(p) for p in cell.iter("p")]
    return found if any(found) else [_text(cell)]


def _top_rows(article: etree._Element) -> Iterator[etree._Element]:
    for row in article.iter("tr"):
        inner = itertools.takewhile(lambda a: a is not article, row.iterancestors())
        if not any(a.tag == "tr" for a in inner):
            yield row


def _fill_table(article: etree._Element, builder: ArticleBuilder) -> None:
    for row in _top_rows(article):
        cells = [cell for cell in row if cell.tag in {"td", "th"}]
        code = _text(cells[0]) if cells else ""
        if len(cells) < 2 or not _CODE.fullmatch(code):
            builder.add("body", _text(row))  # a row without a code is kept as text
            continue
        values = cells[1:]
        if code in {"LP", "TD"}:
            role: PieceRole = "lead" if code == "LP" else "body"
            for cell in values:
                for paragraph in _paragraphs(cell):
                    builder.add(role, paragraph)
        else:
            apply_field(code, " ".join(_text(cell) for cell in values), builder)


# ------------------------------------------------------------ the class-less layout


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


def _is_headline(element: etree._Element) -> bool:
    return element.get("id") == "hd" or any(n.endswith("Headline") for n in _classes(element))


def _fill_divs(article: etree._Element, builder: ArticleBuilder) -> None:
    seen: set[str] = set()
    after_headline = False
    skip: set[etree._Element] = set()
    for element in article.iter():
        if element in skip or not isinstance(element.tag, str):
            continue
        classes = _classes(element)
        if _is_headline(element):
            skip.update(element.iter())
            builder.add("title", _text(element))
            after_headline = True
        elif element.tag == "div" and "author" in classes:
            skip.update(element.iter())
            builder.add("byline", _text(element))
        elif element.tag == "div" and not classes and element.get("id") is None:
            text = _text(element)
            if element.find(".//div") is not None or not text:
                continue
            skip.update(element.iter())
            code = _classify(text, seen) if after_headline else "SE"
            seen.add(code)
            apply_field(code, text, builder)
        elif element.tag == "p" and element.find(".//div") is None:
            skip.update(element.iter())
            text = _text(element)
            if not classes and _DOCUMENT.fullmatch(text):
                apply_field("AN", text, builder)
            else:
                builder.add("body" if "lead" in builder.roles() else "lead", text)


def fill(article: etree._Element, builder: ArticleBuilder) -> None:
    """Read one article ``div`` of either layout into ``builder``."""
    table = any(
        "index" in _classes(cell) or _CODE.fullmatch(_text(cell)) for cell in article.iter("td")
    )
    (_fill_table if table else _fill_divs)(article, builder)


def nested(article: etree._Element) -> list[etree._Element]:
    """Return the articles of their own inside ``article`` (one whose end tag was lost).

    An ``article`` div holding one inner ``article`` div and nothing else of its own
    is the class-less layout's wrapper: that is one article, not two.
    """
    inner = [
        div
        for div in article.iter("div")
        if div is not article
        and "article" in _classes(div)
        and not any(
            "article" in _classes(a)
            for a in itertools.takewhile(lambda a: a is not article, div.iterancestors())
        )
    ]
    if len(inner) == 1:
        own = collapse("".join(article.itertext()))
        if own == collapse("".join(inner[0].itertext())):
            return []
    return inner


# ---------------------------------------------------------------------- reading


def _article_end(text: str, start: int) -> int | None:
    """Return where the ``div`` starting at ``start`` ends, counting the ``div``s inside it."""
    depth = 0
    for found in _DIV_TAG.finditer(text, start):
        if found.group("close"):
            depth -= 1
        elif found.group("empty") is None:
            depth += 1
        if depth <= 0:
            end: int = found.end()
            return end
    return None


def _path(element: etree._Element | None, number: int) -> str:
    if element is None:
        return f"//div[@class='article'][{number}]"
    names = [str(a.tag) for a in element.iterancestors()][::-1]
    return "/" + "/".join([*names, f"div[{number}]"])


_EVENT_TAGS = ("html", "div", "table", "tr")


def _pull_parser() -> PullParser:
    # Events for the elements that hold articles and fields only: far fewer to handle.
    return etree.HTMLPullParser(
        events=("start", "end"),
        tag=_EVENT_TAGS,
        encoding="utf-8",
        no_network=True,
        huge_tree=False,
    )


def _recovering_parser() -> etree.HTMLParser:
    return etree.HTMLParser(recover=True, no_network=True, huge_tree=False)


MARKUP = Markup(
    format_name="factiva-html",
    xml=False,
    new_parser=_pull_parser,
    recovering_parser=_recovering_parser,
    batch_chars=BATCH_CHARS,
    resume_prefix="",
    wrap=lambda piece: piece,
    article_start=_ARTICLE_START,
    article_end=_article_end,
    is_article=is_article,
    element_path=_path,
    fill=fill,
    nested=nested,
)
"""How :mod:`newscore_factiva._stream` reads Factiva HTML."""


def _read_text(
    head: list[str], rest: Iterator[str], options: newscore.ReadOptions
) -> Iterator[newscore.Article]:
    kept: list[str] = []
    size = 0
    dropped = 0
    for line in itertools.chain(head, rest):
        if size + len(line) > MAX_TEXT_CHARS:
            dropped += len(line)
            continue
        kept.append(line)
        size += len(line)
    text = "".join(kept)
    if not text.strip():
        return
    article = parse_fields(text, options, "factiva-html")
    if dropped:
        problem = newscore.Problem(
            code="factiva.too-long",
            message=f"the text passes {MAX_TEXT_CHARS} characters;"
            f" {dropped} more characters were not read",
            severity="warning",
        )
        article = attrs.evolve(article, problems=(*article.problems, problem))
    if options.strict:
        for problem in article.problems:
            if problem.severity != "info":
                offset = problem.span.start if problem.span is not None else 0
                raise newscore.ParseError.at(text, offset, problem.message, code=problem.code)
    yield article


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a Factiva HTML export (or field-code text) into articles, as the lines come in.

    The first 64 KiB (and 8 lines) tell which: markup when they hold a tag;
    field-code text otherwise. Markup holding no article is kept whole, with a
    ``factiva.unreadable`` problem.
    """
    source = iter(lines)
    head: list[str] = []
    size = 0
    for line in source:
        head.append(line)
        size += len(line)
        if (size >= 64 * 1024 and len(head) >= 8) or size >= 1024 * 1024:
            break
    text = "".join(head)
    stripped = (line.replace("\ufeff", "").strip() for line in head)
    first = next((line for line in stripped if line), "")
    if not first:
        return iter(())
    if first.startswith("<") or _MARKUP_LINE.search(text):
        return read_markup(MARKUP, itertools.chain(head, source), options)
    return _read_text(head, source, options)
