"""The ``wenn-atom`` format: WENN's entertainment news, an Atom feed with WENN extensions.

Each Atom ``entry`` is one article:

- ``wenn_cm:title`` (else the Atom ``title``) is the title;
- ``wenn_cm:first_line`` is the lead and ``wenn_cm:body`` the body, its
  paragraphs parted by blank lines; the Atom ``content`` is kept in
  ``meta["atom_content"]`` (WENN sends a placeholder there);
- ``wenn_nm:published`` (else the Atom ``published``, else ``updated``) gives
  the date;
- the Atom ``id`` is ``document_id``; tags, categories, regions, the slug and
  the speaker go to ``meta`` (see ``docs/formats/agency-xml.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

import newscore
from newscore_wire._newsml_article import WireArticle
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

__all__ = ["ATOM", "FORMATS", "WENN_ATOM", "read", "sniff", "sniff_bytes"]

ATOM = "http://www.w3.org/2005/Atom"
"""The Atom namespace."""

_WENN = "feed.wenn.com/xmlns"


def sniff(text: str) -> float:
    """Answer 0.95 for an Atom ``feed`` that declares WENN's namespaces."""
    name = root_name(text)
    if name is None or name.rsplit(":", 1)[-1] != "feed":
        return 0.0
    head = text[:8192]
    return 0.95 if _WENN in head and ATOM in head else 0.0


def sniff_bytes(head: bytes) -> float:
    """Sniff the first bytes of a file (its BOM or declared encoding decoded)."""
    return sniff(decode_head(head))


def _metadata(entry: etree._Element, article: WireArticle) -> None:
    management = child(entry, "newsmanagement")
    if management is not None:
        for element in management:
            name = local(element)
            if name in {"feedarticle_section", "feedarticle_priority", "original_article_id"}:
                article.meta(name, element_text(element))
            elif name in {"published", "updated", "publishing_status"}:
                article.meta(f"wenn_{name}", element_text(element))
    content = child(entry, "contentmetadata")
    if content is None:
        return
    article.meta("declared_language", content.get("lang"))
    article.meta("slug", text_of(content, "slug"))
    article.meta("wenn_speaker", text_of(content, "speaker"))
    for tag in descendants(content, "tag"):
        article.meta("tags", ((tag.get("value") or "").strip(),))
    for category in descendants(content, "catagory", "category"):
        article.meta("categories", ((category.get("value") or "").strip(),))
    for region in descendants(content, "region"):
        article.meta("regions", (element_text(region),))


def _read_entry(entry: etree._Element) -> WireArticle:
    article = WireArticle("wenn-atom", "wenn")
    content = child(entry, "contentmetadata")
    article.title(text_of(content, "title") or text_of(entry, "title"))
    article.meta("document_id", text_of(entry, "id"))
    article.meta("atom_content", text_of(entry, "content"))
    for category in children(entry, "category"):
        article.meta("atom_categories", ((category.get("term") or "").strip(),))
    _metadata(entry, article)
    if content is not None:
        article.paragraph(text_of(content, "first_line"), lead=True)
        body = child(content, "body")
        if body is not None:
            article.preformatted("".join(body.itertext()))
    stamp = next(
        (
            value
            for value in (article.get("wenn_published"), text_of(entry, "published"))
            if isinstance(value, str) and stamped_date(value) is not None
        ),
        text_of(entry, "updated"),
    )
    article.meta("published", stamp)
    date = stamped_date(stamp)
    if date is None:
        article.problem("no-date", "the entry has no published or updated date")
    article.set_date(date)
    return article


def _articles(
    root: etree._Element, options: newscore.ReadOptions
) -> Iterator[tuple[WireArticle, etree._Element]]:
    entries = [root] if local(root) == "entry" else list(children(root, "entry"))
    for entry in entries:
        yield _read_entry(entry), entry


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read a WENN Atom feed into articles, one per entry (see the module docs)."""
    return read_items(lines, options, "wenn-atom", "wenn", _articles)


WENN_ATOM = newscore.Format(
    name="wenn-atom",
    summary="WENN entertainment news (Atom with wenn_nm/wenn_cm extensions), one article per entry",
    sniff=sniff,
    sniff_bytes=sniff_bytes,
    decode=decode_file,
    read=read,
    extensions=(".xml",),
)
"""The ``wenn-atom`` format."""

FORMATS: tuple[newscore.Format, ...] = (WENN_ATOM,)
"""The formats of this module."""
