"""The ``ritzau-xml`` format: Ritzau's RBNews XML, one news item per file, read from the tree.

- ``headline`` is the title (Ritzau sends ``i:nil="true"`` for flashes: then
  there is none, and no warning), ``subtitle`` furniture ``subheadline``,
  ``strapline`` furniture ``strapline``, ``byLine`` the byline;
- ``content`` is the body: HTML escaped into the element's text, read with
  :mod:`lxml.html`;
- ``PublishDate`` gives the date; ``town`` is the dateline's place when the
  body has no dateline;
- ``NewsID`` is ``document_id``; the other fields go to ``meta`` (see
  ``docs/formats/agency-xml.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

import newscore
from newscore_wire._newsml_article import WireArticle
from newscore_wire._newsml_body import read_html
from newscore_wire._newsml_dates import stamped_date
from newscore_wire._newsml_reading import decode_file, read_items
from newscore_wire._newsml_tree import decode_head, element_text, local, root_name

__all__ = ["FIELDS", "FORMATS", "RITZAU_XML", "read", "sniff", "sniff_bytes"]

FIELDS = {
    "newsid": "document_id",
    "publishdate": "publish_date",
    "topstory": "top_story",
    "origin": "origin",
    "sectionid": "section_id",
    "section": "section",
    "sectionshort": "section_short",
    "version": "version",
    "replaces": "replaces",
    "format": "ritzau_format",
    "formatid": "ritzau_format_id",
    "histid": "hist_id",
    "priority": "urgency",
    "byline": "byline",
    "bylineemail": "byline_email",
    "bylinephone": "byline_phone",
    "status": "status",
    "contentshort": "summary",
    "town": "town",
    "annuleret": "cancelled",
    "korrektion": "correction",
    "nyversion": "new_version",
}
"""Elements read into ``meta`` as text (by lower-case local name), and their keys there."""

_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_NIL_MISSPELT = "{http://www.w3.org/2001/XMLSchema-insance}nil"  # as Ritzau declares it


def sniff(text: str) -> float:
    """Answer 0.95 for a document whose root element is ``RBNews``."""
    return 0.95 if root_name(text) == "RBNews" else 0.0


def sniff_bytes(head: bytes) -> float:
    """Sniff the first bytes of a file (its BOM or declared encoding decoded)."""
    return sniff(decode_head(head))


def _nil(element: etree._Element) -> bool:
    return "true" in {element.get(_NIL), element.get(_NIL_MISSPELT)}


def _read_item(item: etree._Element) -> WireArticle:
    article = WireArticle("ritzau-xml", "ritzau")
    fields = {local(element): element for element in item}
    headline = fields.get("headline")
    if headline is not None and not _nil(headline):
        article.title(element_text(headline))
    else:
        article.headline_optional = headline is not None
    for name, kind in (
        ("strapline", "strapline"),
        ("subtitle", "subheadline"),
        ("byline", "byline"),
    ):
        element = fields.get(name)
        if element is not None and not _nil(element):
            article.furniture(kind, element_text(element))
    for element in item:
        name = local(element)
        if name in FIELDS and not _nil(element):
            article.meta(FIELDS[name], element_text(element))
        elif name in {"iptclist", "subjectkeyword", "companies", "isin"}:
            values = tuple(element_text(value) for value in element if element_text(value))
            article.meta(name.lower(), values)
    town = fields.get("town")
    article.place = element_text(town) or None if town is not None else None
    content = fields.get("content")
    if content is not None and content.text:
        read_html(content.text, article)
    date = stamped_date(element_text(fields.get("publishdate")))
    if date is None:
        article.problem("no-date", "the item has no PublishDate")
    article.set_date(date)
    return article


def _articles(
    root: etree._Element, options: newscore.ReadOptions
) -> Iterator[tuple[WireArticle, etree._Element]]:
    items = [root] if local(root) == "rbnews" else list(root.iter("{*}RBNews", "RBNews"))
    for item in items:
        yield _read_item(item), item


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a Ritzau RBNews file into its article (see the module docs)."""
    return read_items(lines, options, "ritzau-xml", "ritzau", _articles)


RITZAU_XML = newscore.Format(
    name="ritzau-xml",
    summary="Ritzau RBNews XML, one news item per file",
    sniff=sniff,
    sniff_bytes=sniff_bytes,
    decode=decode_file,
    read=read,
    extensions=(".xml",),
)
"""The ``ritzau-xml`` format."""

FORMATS: tuple[newscore.Format, ...] = (RITZAU_XML,)
"""The formats of this module."""
