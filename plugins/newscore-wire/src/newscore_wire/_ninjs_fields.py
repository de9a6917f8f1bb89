"""How one ninjs item (a JSON object) becomes an article's pieces and fields.

:func:`fill` reads ninjs 1.x (``headline``, ``body_text``/``body_html``,
``subject``) and 2.x (``headlines[]``, ``bodies[]``, ``subjects``) items, and
the ninjs-like items of the AP Media API, into an
:class:`~newscore.toolkit.ArticleBuilder`. HTML bodies are parsed with
:mod:`lxml.html` and read paragraph by paragraph.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from lxml import etree, html

from newscore.toolkit import ArticleBuilder, paragraphs
from newscore_wire._nitf_fields import read_content, read_timestamp

__all__ = ["fill"]

_TEXT_FIELDS = {
    "uri": "uri",
    "guid": "guid",
    "type": "item_type",
    "profile": "profile",
    "version": "version",
    "slugline": "slug",
    "language": "language",
    "pubstatus": "pubstatus",
    "copyrightnotice": "copyright",
    "copyrightholder": "copyright_holder",
    "usageterms": "usage_terms",
    "ednote": "editor_note",
    "editorialpriority": "editorial_priority",
    "title": "item_title",
}
_NAMED_LISTS = {
    "subject": "subjects",
    "subjects": "subjects",
    "place": "places",
    "places": "places",
    "person": "persons",
    "people": "persons",
    "organisation": "organisations",
    "organisations": "organisations",
    "genre": "genres",
    "service": "services",
}
_AGENCY_KEYS = ("source", "provider", "copyrightholder")
_BODY_KEYS = ("body_text", "body_html", "body_xhtml")


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _main(values: Any) -> Mapping[str, Any] | None:
    """Return the ``role: main`` entry of a ninjs 2.x list (else its first object)."""
    if not isinstance(values, list):
        return None
    objects = [value for value in values if isinstance(value, Mapping)]
    return next((v for v in objects if v.get("role") == "main"), objects[0] if objects else None)


def _add_text(builder: ArticleBuilder, text: str) -> None:
    for paragraph in paragraphs(text):
        builder.add("body", text[paragraph.start : paragraph.end])


def _add_html(builder: ArticleBuilder, markup: str) -> None:
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        builder.problem("ninjs.bad-html", "the HTML body could not be parsed; kept as text")
        _add_text(builder, markup)
        return
    read_content(root, builder)


def _body(item: Mapping[str, Any], builder: ArticleBuilder) -> None:
    for key in _BODY_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            builder.meta("body_field", key)
            if key == "body_text":
                _add_text(builder, value)
            else:
                _add_html(builder, value)
            return
    body = _main(item.get("bodies"))
    if body is not None and isinstance(body.get("value"), str):
        builder.meta("body_field", "bodies")
        kind = str(body.get("contenttype") or "")
        value = body["value"]
        if "html" in kind:
            _add_html(builder, value)
        else:
            _add_text(builder, value)


def _date(item: Mapping[str, Any], builder: ArticleBuilder) -> None:
    for key in ("firstcreated", "versioncreated", "contentcreated"):
        written = _string(item.get(key))
        stamp = read_timestamp(written)
        if written and stamp is None:
            builder.problem("ninjs.unknown-date", f"cannot read the {key} {written[:60]!r}")
        if stamp is None:
            continue
        if isinstance(stamp, datetime.datetime):
            builder.date = stamp.date()
            builder.meta("datetime", stamp.isoformat())
        else:
            builder.date = stamp
        return


def _byline(item: Mapping[str, Any], builder: ArticleBuilder) -> None:
    byline = _string(item.get("byline"))
    if byline is None and isinstance(item.get("by"), list):
        names = [_string(by.get("name")) for by in item["by"] if isinstance(by, Mapping)]
        byline = ", ".join(name for name in names if name) or None
    if byline:
        builder.add("byline", byline)
        builder.meta("byline", byline)


def _lists(item: Mapping[str, Any], builder: ArticleBuilder) -> None:
    for key, meta_key in _NAMED_LISTS.items():
        values = item.get(key)
        if not isinstance(values, list):
            continue
        entries = [value for value in values if isinstance(value, Mapping)]
        names = (_string(entry.get("name")) for entry in entries)
        builder.meta(meta_key, tuple(name for name in names if name))
        codes = (_string(entry.get("code")) for entry in entries)
        builder.meta(f"{meta_key[:-1]}_codes", tuple(code for code in codes if code))
    keywords = item.get("keywords")
    if isinstance(keywords, list):
        words = (_string(word) for word in keywords)
        builder.meta("keywords", tuple(word for word in words if word))


def fill(item: Mapping[str, Any], builder: ArticleBuilder) -> None:
    """Read a ninjs item into ``builder`` (see ``docs/formats/ninjs.md``)."""
    headline = _string(item.get("headline"))
    if headline is None:
        main = _main(item.get("headlines"))
        headline = _string(main.get("value")) if main is not None else None
    builder.add("title", headline or "")
    _byline(item, builder)
    description = _string(item.get("description_text"))
    if description is not None:
        builder.add("credits", description)
        builder.meta("abstract", description)
    _body(item, builder)
    _date(item, builder)
    for key, meta_key in _TEXT_FIELDS.items():
        builder.meta(meta_key, _string(item.get(key)))
    urgency = _string(item.get("urgency"))
    if urgency is not None and urgency.isdigit() and len(urgency) < 4:
        builder.meta("urgency", int(urgency))
    located = _string(item.get("located"))
    builder.meta("dateline_location", located)
    agency = next((_string(item.get(key)) for key in _AGENCY_KEYS if _string(item.get(key))), None)
    builder.meta("agency", agency)
    _lists(item, builder)
