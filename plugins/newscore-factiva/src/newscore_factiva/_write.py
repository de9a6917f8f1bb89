"""The ``factiva-xml`` writer: one article as a one-article ``PPSResponse`` document.

What it writes is what :mod:`newscore_factiva._xml` reads back: title, date,
byline, lead and body paragraphs, outlet, section, word count, language,
document id, copyright and the subject, region, industry and company codes.
"""

from __future__ import annotations

import regex
from lxml import etree

import newscore
from newscore.toolkit import paragraphs
from newscore_factiva._xml import NAMESPACE

__all__ = ["write"]

_TIME = regex.compile(r"[0-9]{2}:[0-9]{2}")


def _paragraph_texts(article: newscore.Article, kind: str) -> list[str]:
    texts: list[str] = []
    for section in article.sections:
        if (section.kind == "lead") != (kind == "lead") or section.kind == "meta":
            continue
        raw = section.text
        texts.extend(" ".join(p.span.of(raw).split()) for p in paragraphs(raw))
    return [text for text in texts if text]


def _add(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    child: etree._Element = etree.SubElement(parent, f"{{{NAMESPACE}}}{name}")
    if text is not None:
        child.text = text
    return child


def _byline(article: newscore.Article) -> str | None:
    for piece in article.furniture:
        if piece.kind == "byline" and piece.text.strip():
            return " ".join(piece.text.split())
    value = article.meta.get("byline")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Render ``article`` as a one-article Factiva XML document (``PPSResponse``).

    Written: title, date (and ``meta["time"]``), byline (the first ``byline``
    furniture, else ``meta["byline"]``), lead and body paragraphs, outlet
    (``meta["outlet"]`` or the first source), section, word count, language,
    document id, copyright and subject, region, industry and company codes
    (without names). White space inside each value is collapsed to one space.
    """
    meta = article.meta
    root = etree.Element("PPSResponse")
    response = etree.SubElement(root, f"{{{NAMESPACE}}}ppsArticleResponse", nsmap={None: NAMESPACE})
    result = _add(response, "ppsarticleResultSet")
    result.set("count", "1")
    record = _add(_add(result, "ppsarticle"), "article")

    def text_of(key: str) -> str | None:
        value = meta.get(key)
        return " ".join(value.split()) if isinstance(value, str) and value.strip() else None

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
    one("byline", _byline(article))
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
        if time and _TIME.fullmatch(time):
            _add(_add(record, "publicationDate"), "dateTime", f"{stamp}T{time}:00Z")
        else:
            _add(_add(record, "publicationDate"), "date", stamp)
    outlet = text_of("outlet") or (
        " ".join(article.sources[0].name.split()) if article.sources else None
    )
    one("sourceName", outlet or None)
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
