"""The ``newsml-1.2`` format: IPTC NewsML 1.x (``NewsML/NewsItem/NewsComponent``).

Each ``NewsItem`` gives one article per text component: a ``ContentItem``
whose ``MediaType`` is text (or unsaid) and that holds ``DataContent``. A
component's fields are those of the ``NewsComponent`` elements around it, the
nearest first, and of its ``NewsItem``:

- ``NewsLines``: ``HeadLine`` is the title, ``SubHeadLine`` furniture
  ``subheadline``, ``ByLine`` the byline, ``DateLine`` furniture ``dateline``
  (read for the dateline's place, agency and date), ``CreditLine`` and
  ``CopyrightLine`` furniture; ``SlugLine`` and ``KeywordLine`` go to ``meta``;
- ``NewsManagement``: ``FirstCreated`` (else ``ThisRevisionCreated``) gives the
  date, in the ISO basic form ``20140829T134951+0000``; ``Urgency``, ``Status``;
- ``Identification``: ``PublicIdentifier`` (else ``NewsItemId``) is
  ``document_id``, ``RevisionId`` the ``version``;
- ``DescriptiveMetadata``: ``Language``, ``Genre``, ``SubjectCode``,
  ``Location`` (its ``City`` and ``Country`` properties), keywords;
- the body is the ``DataContent``: NITF (``body.content``), XHTML, or HTML in
  a CDATA section, read with :mod:`lxml.html`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

import newscore
from newscore_wire._newsml_article import WireArticle
from newscore_wire._newsml_body import looks_like_html, read_blocks, read_html
from newscore_wire._newsml_dates import stamped_date
from newscore_wire._newsml_reading import decode_file, read_items
from newscore_wire._newsml_tree import (
    child,
    children,
    decode_head,
    descendants,
    element_text,
    local,
    root_name,
    text_of,
)

__all__ = ["FORMATS", "NEWSML_1", "read", "sniff", "sniff_bytes"]

_LINES = {
    "subheadline": "subheadline",
    "byline": "byline",
    "dateline": "dateline",
    "creditline": "credits",
    "copyrightline": "copyright",
    "newsline": "newsline",
}
_LINE_META = {
    "subheadline": "subheadline",
    "byline": "byline",
    "dateline": "dateline",
    "creditline": "creditline",
    "copyrightline": "copyright",
    "slugline": "slugline",
    "keywordline": "keywords",
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sniff(text: str) -> float:
    """Answer 0.95 for a document whose root element is ``NewsML``."""
    name = root_name(text)
    if name is None or name.rsplit(":", 1)[-1] != "NewsML":
        return 0.0
    return 0.95


def sniff_bytes(head: bytes) -> float:
    """Sniff the first bytes of a file (its BOM or declared encoding decoded)."""
    return sniff(decode_head(head))


def _formal(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return (element.get("FormalName") or element.get("formalname") or "").strip()


def _news_lines(lines: etree._Element, article: WireArticle) -> None:
    for element in lines:
        name = local(element)
        text = element_text(element)
        if name == "headline":
            article.title(text)
        elif name in _LINES:
            article.furniture(_LINES[name], text)
        if name in _LINE_META:
            value: newscore.MetaValue = (text,) if name == "keywordline" and text else text
            article.meta(_LINE_META[name], value or None)


def _properties(element: etree._Element, article: WireArticle, prefix: str) -> None:
    for prop in children(element, "property"):
        name = _formal(prop).lower()
        value = (prop.get("Value") or prop.get("value") or "").strip()
        if name == "keyword":
            article.meta("keywords", (value,) if value else ())
        elif name in {"city", "country", "countryarea", "worldregion"}:
            article.meta(f"{prefix}{name}", value)
        elif name:
            article.meta(f"property_{name}", value)


def _descriptive(meta: etree._Element, article: WireArticle) -> None:
    for element in meta:
        name = local(element)
        if name == "language":
            article.meta("declared_language", _formal(element))
        elif name == "genre":
            article.meta("genre", (_formal(element),) if _formal(element) else ())
        elif name == "subjectcode":
            codes = tuple(_formal(code) for code in element if _formal(code))
            article.meta("subject_codes", codes)
        elif name == "location":
            article.meta("location_how", element.get("HowPresent"))
            _properties(element, article, "location_")
        elif name == "ofinterestto":
            article.meta("of_interest_to", (_formal(element),) if _formal(element) else ())
        elif name == "datelinedate":
            article.meta("dateline_date", element_text(element))
    _properties(meta, article, "location_")


def _administrative(meta: etree._Element, article: WireArticle) -> None:
    for element in meta:
        name = local(element)
        parties = [_formal(party) for party in children(element, "party") if _formal(party)]
        if name in {"provider", "creator", "source", "contributor"}:
            article.meta(f"{name}s" if name != "provider" else "provider", tuple(parties))
        elif name == "filename":
            article.meta("file_name", element_text(element))
    _properties(meta, article, "admin_")


def _component_fields(component: etree._Element, article: WireArticle) -> None:
    for element in component:
        name = local(element)
        if name == "newslines":
            _news_lines(element, article)
        elif name == "descriptivemetadata":
            _descriptive(element, article)
        elif name == "administrativemetadata":
            _administrative(element, article)
        elif name == "topicset":
            for topic in descendants(element, "formalname"):
                article.meta("subject_codes", (element_text(topic),))


def _item_fields(
    item: etree._Element, envelope: etree._Element | None, article: WireArticle
) -> None:
    identifier = child(item, "identification", "newsidentifier")
    public = text_of(identifier, "publicidentifier")
    item_id = text_of(identifier, "newsitemid")
    article.meta("document_id", public or item_id)
    article.meta("news_item_id", item_id)
    article.meta("provider_id", text_of(identifier, "providerid"))
    article.meta("version", text_of(identifier, "revisionid"))
    article.meta("name_label", text_of(item, "identification", "namelabel"))
    management = child(item, "newsmanagement")
    article.meta("urgency", _formal(child(management, "urgency")))
    article.meta("status", _formal(child(management, "status")))
    article.meta("item_type", _formal(child(management, "newsitemtype")))
    first = text_of(management, "firstcreated")
    revised = text_of(management, "thisrevisioncreated")
    article.meta("first_created", first)
    article.meta("revision_created", revised)
    date = stamped_date(first) or stamped_date(revised)
    if date is None:
        article.problem("no-date", "the item has no FirstCreated or ThisRevisionCreated date")
    article.set_date(date)
    article.meta("declared_language", item.get(_XML_LANG))
    if envelope is not None:
        article.meta("sent", text_of(envelope, "dateandtime"))
        article.meta("priority", _formal(child(envelope, "priority")))
        products = tuple(_formal(p) for p in children(envelope, "newsproduct") if _formal(p))
        article.meta("news_products", products)


def _is_text(content: etree._Element) -> bool:
    media = _formal(child(content, "mediatype")).lower()
    return media in {"", "text"} and child(content, "datacontent") is not None


def _body(content: etree._Element, article: WireArticle) -> None:
    article.meta("content_format", _formal(child(content, "format")))
    data = child(content, "datacontent")
    if data is None:
        return
    markup = next((node for node in data if isinstance(node.tag, str)), None)
    if markup is None:
        text = data.text or ""
        if looks_like_html(text):
            read_html(text, article)
        else:
            article.preformatted(text)
        return
    body = child(markup, "body", "body.content") if local(markup) == "nitf" else None
    if local(markup) == "nitf":
        head = child(markup, "body", "body.head")
        if head is not None:
            read_blocks(head, article, "body-head")
    if body is None and local(markup) == "html":
        body = child(markup, "body")
    read_blocks(body if body is not None else markup, article)


def _components(item: etree._Element) -> Iterator[tuple[etree._Element, list[etree._Element]]]:
    """Yield each text ``ContentItem`` with its ``NewsComponent`` chain, nearest first."""
    for content in descendants(item, "contentitem"):
        if not _is_text(content):
            continue
        chain = [a for a in content.iterancestors() if local(a) == "newscomponent"]
        yield content, chain


def _articles(
    root: etree._Element, options: newscore.ReadOptions
) -> Iterator[tuple[WireArticle, etree._Element]]:
    envelope = child(root, "newsenvelope")
    for item in children(root, "newsitem"):
        found = list(_components(item))
        if not found:
            component = child(item, "newscomponent")
            found = [(item, [component] if component is not None else [])]
        for content, chain in found:
            article = WireArticle("newsml-1.2", "newsml")
            for component in reversed(chain):
                _component_fields(component, article)
            _item_fields(item, envelope, article)
            if content is not item:
                _body(content, article)
            yield article, content


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a NewsML 1.x file into articles, one per text component (see the module docs)."""
    return read_items(lines, options, "newsml-1.2", "newsml", _articles)


NEWSML_1 = newscore.Format(
    name="newsml-1.2",
    summary="IPTC NewsML 1.x (NewsML / NewsItem / NewsComponent), one article per text component",
    sniff=sniff,
    sniff_bytes=sniff_bytes,
    decode=decode_file,
    read=read,
    extensions=(".xml",),
)
"""The ``newsml-1.2`` format."""

FORMATS: tuple[newscore.Format, ...] = (NEWSML_1,)
"""The formats of this module."""
