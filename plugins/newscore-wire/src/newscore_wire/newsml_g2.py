"""The ``newsml-g2`` format: IPTC NewsML-G2 news items, read from the tree.

A ``newsMessage`` holds items in its ``itemSet``; each ``newsItem`` is one
article, and so is a lone ``packageItem`` (a package inside a message with news
items gives them its references instead). Element names are matched by local
name in any letter case and under any prefix (``ns0:newsItem``, ``Header``).

- ``contentMeta/headline`` is the title (else the inline NITF's ``hl1`` or
  ``title``, else the XHTML ``title``, else ``itemMeta/title``); a headline
  with a sub-headline role is furniture ``subheadline``;
- ``by`` is the byline (furniture and ``meta["byline"]``), ``dateline``
  furniture ``dateline``, ``creditline`` furniture ``credits``;
- the body is ``contentSet/inlineXML`` (XHTML ``html/body`` or NITF
  ``body.content``) or ``inlineData`` (text, or HTML sent as text);
- the date is ``firstCreated``, else ``versionCreated``, else
  ``contentCreated``: the calendar date as written;
- everything else listed in the docs (``docs/formats/newsml.md``) goes to ``meta``.
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

__all__ = ["FORMATS", "NAMESPACE", "NEWSML_G2", "read", "sniff", "sniff_bytes"]

NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
"""The namespace of IPTC's News Architecture (NewsML-G2)."""

_ROOTS = frozenset({"newsmessage", "newsitem", "packageitem"})
_ITEMS = frozenset({"newsitem", "packageitem"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DATES = (("firstcreated", "first_created"), ("versioncreated", "version_created"))
_ITEM_TEXT = {
    "embargoed": "embargoed",
    "filename": "file_name",
    "generator": "generator",
    "profile": "profile",
}
_CONTENT_TEXT = {"urgency": "urgency", "slugline": "slugline"}


def sniff(text: str) -> float:
    """Answer 0.99 for a NewsML-G2 root element in the G2 namespace.

    The roots are ``newsMessage``, ``newsItem`` and ``packageItem``; such a
    root without the namespace gets 0.6.
    """
    name = root_name(text)
    if name is None or name.rsplit(":", 1)[-1].lower() not in _ROOTS:
        return 0.0
    return 0.99 if "iptc.org/std/nar/2006-10-01" in text[:8192] else 0.6


def sniff_bytes(head: bytes) -> float:
    """Sniff the first bytes of a file (its BOM or declared encoding decoded)."""
    return sniff(decode_head(head))


def _names(element: etree._Element) -> list[str]:
    return [element_text(name) for name in children(element, "name") if element_text(name)]


def _concept(element: etree._Element) -> str:
    """Return a concept's words: its names, else its literal or qcode."""
    names = _names(element)
    if names:
        return names[0]
    return (element.get("literal") or element.get("qcode") or "").strip()


def _item_meta(meta: etree._Element | None, article: WireArticle) -> None:
    if meta is None:
        return
    for element in meta:
        name = local(element)
        text = element_text(element)
        if name in _ITEM_TEXT:
            article.meta(_ITEM_TEXT[name], text)
        elif name == "itemclass":
            article.meta("item_class", element.get("qcode"))
        elif name == "provider":
            article.meta("provider", _concept(element))
        elif name == "pubstatus":
            article.meta("pub_status", element.get("qcode"))
        elif name == "service":
            article.meta("services", (_concept(element),) if _concept(element) else ())
        elif name == "ednote":
            article.meta("editorial_notes", (text,) if text else ())
        elif name == "title":
            article.meta("item_title", text)
        elif name == "signal":
            article.meta("signals", (element.get("qcode") or "",))
        elif name in {"memberof", "instanceof"}:
            article.meta("member_of", (_concept(element),) if _concept(element) else ())
        elif name == "link":
            target = element.get("href") or element.get("guidref")
            article.meta("links", (target,) if target else ())
        elif name == "contentmodified":
            article.meta("content_modified", text)
    for name, key in _DATES:
        article.meta(key, text_of(meta, name))


def _subjects(element: etree._Element, article: WireArticle) -> None:
    code = element.get("qcode")
    if code:
        article.meta("subject_codes", (code,))
    names = _names(element) or [element.get("literal") or ""]
    article.meta("subjects", tuple(n.strip() for n in names if n.strip()))


def _content_meta(meta: etree._Element | None, article: WireArticle) -> None:
    """Read ``contentMeta``: its text fields in order, the rest into ``meta``."""
    if meta is None:
        return
    headlines = list(children(meta, "headline"))
    main = next((h for h in headlines if "sub" not in (h.get("role") or "").lower()), None)
    if main is not None:
        article.title(element_text(main))
    for headline in headlines:
        if headline is not main:
            article.furniture("subheadline", element_text(headline))
            article.meta("subheadline", element_text(headline))
    for element in meta:
        name = local(element)
        text = element_text(element)
        if name == "by":
            article.furniture("byline", text)
            article.meta("byline", text)
        elif name == "dateline":
            article.furniture("dateline", text)
            article.meta("dateline", text)
        elif name == "creditline":
            article.furniture("credits", text)
            article.meta("creditline", text)
        elif name == "located":
            place = _concept(element)
            article.meta("located", place)
            article.place = article.place or place or None
        elif name in {"subject", "genre"}:
            if name == "genre":
                article.meta("genre", (_concept(element),) if _concept(element) else ())
            else:
                _subjects(element, article)
        elif name == "language":
            article.meta("declared_language", element.get("tag"))
        elif name in {"creator", "contributor"}:
            article.meta(f"{name}s", (_concept(element),) if _concept(element) else ())
        elif name == "infosource":
            article.meta("info_source", _concept(element))
        elif name == "altid":
            article.meta("alt_ids", (text,) if text else ())
        elif name == "description":
            article.meta("description", text)
        elif name == "contentcreated":
            article.meta("content_created", text)
        elif name == "keyword":
            article.meta("keywords", (text,) if text else ())
        elif name in _CONTENT_TEXT:
            article.meta(_CONTENT_TEXT[name], text)


def _nitf(nitf: etree._Element, article: WireArticle) -> None:
    """Read an inline NITF document: its headline, byline and dateline, then its body."""
    body = child(nitf, "body")
    head = child(body, "body.head")
    hl1 = text_of(head, "hedline", "hl1") or text_of(nitf, "head", "title")
    if not article.has_title:
        article.title(hl1)
    for sub in descendants(head, "hl2") if head is not None else ():
        article.furniture("subheadline", element_text(sub))
    for byline in children(head, "byline") if head is not None else ():
        titles = [element_text(t) for t in descendants(byline, "byttl")]
        written = " ".join(part.strip() for part in _byline_parts(byline) if part.strip())
        article.furniture("byline", written)
        if article.get("byline") is None:
            article.meta("byline", written)
        for title in titles:
            article.furniture("byline-title", title)
            article.meta("byline_title", title)
    for name in ("dateline", "abstract"):
        for element in children(head, name) if head is not None else ():
            article.furniture(name, element_text(element))
    content = child(body, "body.content")
    if content is not None:
        read_blocks(content, article)
    end = child(body, "body.end")
    if end is not None:
        read_blocks(end, article, "tagline")


def _byline_parts(byline: etree._Element) -> Iterator[str]:
    """Yield a NITF byline's words without its ``byttl`` titles ("By", "Staff Reporter")."""
    yield byline.text or ""
    for node in byline:
        if local(node) != "byttl":
            yield "".join(node.itertext())
        yield node.tail or ""


def _content(content_set: etree._Element | None, article: WireArticle) -> None:
    if content_set is None:
        return
    for element in content_set:
        name = local(element)
        kind = (element.get("contenttype") or "").lower()
        if name == "remotecontent":
            article.meta("remote_content", (element.get("href") or "",))
        elif name == "inlinexml":
            document = next((node for node in element if isinstance(node.tag, str)), None)
            if document is None:
                continue
            if local(document) == "nitf":
                _nitf(document, article)
                continue
            title = text_of(document, "head", "title")
            if title and not article.has_title:
                article.title(title)
            body = child(document, "body")
            read_blocks(body if body is not None else document, article)
        elif name == "inlinedata":
            text = element.text or ""
            if "html" in kind or looks_like_html(text):
                read_html(text, article)
            else:
                article.preformatted(text)


def _package(item: etree._Element) -> tuple[str, ...]:
    refs = [ref.get("residref") or ref.get("href") or "" for ref in descendants(item, "itemref")]
    return tuple(ref for ref in refs if ref)


def _read_item(item: etree._Element, context: dict[str, newscore.MetaValue]) -> WireArticle:
    article = WireArticle("newsml-g2", "g2")
    for key, value in context.items():
        article.meta(key, value)
    article.meta("document_id", item.get("guid"))
    article.meta("version", item.get("version"))
    article.meta("item_kind", "package" if local(item) == "packageitem" else "news")
    article.meta("declared_language", item.get(_XML_LANG))
    _content_meta(child(item, "contentmeta"), article)
    _item_meta(child(item, "itemmeta"), article)
    _content(child(item, "contentset"), article)
    if local(item) == "packageitem":
        for group in descendants(item, "group"):
            article.meta("package_groups", (group.get("role") or group.get("id") or "",))
        article.meta("package_refs", _package(item))
        if not article.has_title:
            article.title(text_of(item, "itemmeta", "title"))
    for key in ("first_created", "version_created", "content_created"):
        value = article.get(key)
        if isinstance(value, str) and stamped_date(value) is not None:
            article.set_date(stamped_date(value))
            break
    else:
        article.problem("no-date", "the item has no firstCreated, versionCreated or contentCreated")
    return article


def _items(root: etree._Element) -> Iterator[tuple[etree._Element, dict[str, newscore.MetaValue]]]:
    if local(root) in _ITEMS:
        yield root, {}
        return
    context: dict[str, newscore.MetaValue] = {}
    header = child(root, "header")
    if header is not None:
        for key, name in (("sent", "sent"), ("sender", "sender"), ("transmit_id", "transmitid")):
            context[key] = text_of(header, name) or None
    items = list(descendants(root, *_ITEMS))
    news = [node for node in items if local(node) == "newsitem"]
    if news:
        refs = tuple(
            ref for node in items if local(node) == "packageitem" for ref in _package(node)
        )
        if refs:
            context["package_refs"] = refs
        items = news
    for node in items:
        yield node, context


def _articles(
    root: etree._Element, options: newscore.ReadOptions
) -> Iterator[tuple[WireArticle, etree._Element]]:
    for item, context in _items(root):
        yield _read_item(item, context), item


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a NewsML-G2 file into articles, one per news item (see the module docs)."""
    return read_items(lines, options, "newsml-g2", "g2", _articles)


NEWSML_G2 = newscore.Format(
    name="newsml-g2",
    summary="IPTC NewsML-G2 (newsMessage, newsItem, packageItem), one article per news item",
    sniff=sniff,
    sniff_bytes=sniff_bytes,
    decode=decode_file,
    read=read,
    extensions=(".xml",),
)
"""The ``newsml-g2`` format."""

FORMATS: tuple[newscore.Format, ...] = (NEWSML_G2,)
"""The formats of this module."""
