"""Write an article as an NITF 3.6 document, with lxml.

What is written: the headline (``hl1`` and ``head/title``), the date
(``docdata/date.issue@norm``, with the time from ``meta["datetime"]`` when it
is the same day), the byline, the dateline place, the document id, slug,
keywords, copyright and agency from ``meta``, and each section's paragraphs as
``p`` in ``body.content``. Reading the result gives back the title, the date
and the body paragraphs' texts (white space collapsed).
"""

from __future__ import annotations

import datetime

import regex
from lxml import etree

import newscore
from newscore.toolkit import paragraphs

__all__ = ["NITF_VERSION", "meta_text", "timestamp", "write", "xml_safe"]

NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
"""The NITF version written."""


_NOT_XML = regex.compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def xml_safe(text: str) -> str:
    """Return ``text`` with the characters XML cannot hold replaced by U+FFFD."""
    cleaned: str = _NOT_XML.sub("\ufffd", text)
    return cleaned


def meta_text(value: newscore.MetaValue) -> str | None:
    """Return a text field of ``meta`` (XML-safe), or ``None`` if it is blank or not text."""
    return xml_safe(value) if isinstance(value, str) and value.strip() else None


def timestamp(article: newscore.Article) -> str | None:
    """Return the article's date, with the time of ``meta["datetime"]`` on the same day."""
    if article.date is None:
        return None
    written = meta_text(article.meta.get("datetime"))
    if written is not None:
        try:
            moment = datetime.datetime.fromisoformat(written)
        except ValueError:
            moment = None
        if moment is not None and moment.date() == article.date:
            return moment.isoformat()
    return article.date.isoformat()


def _sub(
    parent: etree._Element, tag: str, text: str | None = None, **attributes: str
) -> etree._Element:
    element = etree.SubElement(
        parent, tag, {k.replace("_", "-"): xml_safe(v) for k, v in attributes.items()}
    )
    if text is not None:
        element.text = xml_safe(text)
    return element


def _head(article: newscore.Article, nitf: etree._Element) -> None:
    head = _sub(nitf, "head")
    if article.title:
        _sub(head, "title", article.title)
    docdata = _sub(head, "docdata")
    document_id = meta_text(article.meta.get("document_id"))
    if document_id:
        _sub(docdata, "doc-id", id_string=document_id)
    stamp = timestamp(article)
    if stamp:
        _sub(docdata, "date.issue", norm=stamp)
    slug = meta_text(article.meta.get("slug"))
    if slug:
        _sub(docdata, "du-key", key=slug)
    holder = meta_text(article.meta.get("copyright"))
    if holder:
        _sub(docdata, "doc.copyright", holder=holder)
    keywords = article.meta.get("keywords")
    if isinstance(keywords, tuple) and keywords:
        key_list = _sub(docdata, "key-list")
        for keyword in keywords:
            _sub(key_list, "keyword", key=keyword)


def _body_head(article: newscore.Article, body: etree._Element) -> None:
    body_head = _sub(body, "body.head")
    if article.title:
        _sub(_sub(body_head, "hedline"), "hl1", article.title)
    byline = meta_text(article.meta.get("byline"))
    if byline:
        _sub(body_head, "byline", byline)
    agency = meta_text(article.meta.get("agency")) or next(
        (source.name for source in article.sources if source.name), None
    )
    if agency:
        _sub(body_head, "distributor", agency)
    place = meta_text(article.meta.get("dateline_place"))
    if place:
        _sub(_sub(body_head, "dateline"), "location", place)


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Render ``article`` as an NITF document (UTF-8, with an XML declaration)."""
    nitf = etree.Element("nitf", version=NITF_VERSION)
    language = meta_text(article.meta.get("language"))
    if language:
        nitf.set("baselang", xml_safe(language))
    _head(article, nitf)
    body = _sub(nitf, "body")
    _body_head(article, body)
    content = _sub(body, "body.content")
    for section in article.sections:
        for paragraph in paragraphs(section.text):
            text = section.text[paragraph.start : paragraph.end]
            _sub(content, "p", " ".join(text.split()))
    written = etree.tostring(nitf, encoding="unicode", pretty_print=True)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{written}'
