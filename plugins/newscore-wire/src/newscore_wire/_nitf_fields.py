"""How one ``<nitf>`` element becomes an article's pieces and fields.

:func:`fill` reads the element into an :class:`~newscore.toolkit.ArticleBuilder`:
the headline, byline and body paragraphs in document order make ``raw``; the
fields of ``head`` and ``body.head`` go to ``meta`` (see ``docs/formats/nitf.md``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import regex
from lxml import etree

from newscore.toolkit import ArticleBuilder
from newscore_wire._tree import attribute, children, first, local_name, text_content

__all__ = ["fill", "read_content", "read_timestamp"]

_TIMESTAMP = regex.compile(
    r"(?P<year>[0-9]{4})-?(?P<month>[0-9]{2})-?(?P<day>[0-9]{2})"
    r"(?:[T ](?P<hour>[0-9]{2}):?(?P<minute>[0-9]{2})(?::?(?P<second>[0-9]{2}))?+"
    r"(?:[.,][0-9]{1,9}+)?+)?+[ ]?+(?P<zone>Z|[+-][0-9]{2}:?[0-9]{2})?+"
)
_SUBJECT_PARTS = ("detail", "matter", "type")
_CONTAINERS = frozenset({"block", "body.content", "bq", "blockquote", "div", "section"})
_LISTS = frozenset({"ul", "ol", "dl"})


def read_timestamp(text: str | None) -> datetime.datetime | datetime.date | None:
    """Read an ISO 8601 time stamp, basic (``20151210T191044Z``) or extended; ``None`` if bad."""
    if not text:
        return None
    found = _TIMESTAMP.match(text.strip())
    if found is None:
        return None
    try:
        day = datetime.date(int(found["year"]), int(found["month"]), int(found["day"]))
        if found["hour"] is None:
            return day
        zone: datetime.tzinfo | None = None
        written = found["zone"]
        if written == "Z":
            zone = datetime.timezone.utc
        elif written:
            digits = written[1:].replace(":", "")
            delta = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            zone = datetime.timezone(delta if written[0] == "+" else -delta)
        return datetime.datetime(
            day.year,
            day.month,
            day.day,
            int(found["hour"]),
            int(found["minute"]),
            int(found["second"] or "0"),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _date(builder: ArticleBuilder, written: str | None, source: str) -> bool:
    stamp = read_timestamp(written)
    if stamp is None:
        if written:
            builder.problem("nitf.unknown-date", f"cannot read the {source} {written[:60]!r}")
        return False
    if isinstance(stamp, datetime.datetime):
        builder.date = stamp.date()
        builder.meta("datetime", stamp.isoformat())
    else:
        builder.date = stamp
    return True


def _docdata(docdata: etree._Element, builder: ArticleBuilder) -> None:
    builder.meta("document_id", attribute(first(docdata, "doc-id"), "id-string"))
    du_key = first(docdata, "du-key")
    builder.meta("slug", attribute(du_key, "key"))
    builder.meta("version", attribute(du_key, "version"))
    urgency = attribute(first(docdata, "urgency"), "ed-urg")
    if urgency is not None and urgency.isdigit() and len(urgency) < 4:
        builder.meta("urgency", int(urgency))
    copyright_ = first(docdata, "doc.copyright")
    builder.meta("copyright", attribute(copyright_, "holder"))
    builder.meta("copyright_year", attribute(copyright_, "year"))
    builder.meta("editor_note", attribute(first(docdata, "ed-msg"), "info"))
    builder.meta("management_status", docdata.get("management-status") or None)
    for key_list in children(docdata, "key-list"):
        keys = (attribute(keyword, "key") for keyword in children(key_list, "keyword"))
        builder.meta("keywords", tuple(key for key in keys if key))
    evloc = first(docdata, "evloc")
    builder.meta("event_city", attribute(evloc, "city"))
    builder.meta("event_country", attribute(evloc, "iso-cc"))


def _head(head: etree._Element, builder: ArticleBuilder) -> None:
    for element in head:
        name = local_name(element)
        if name == "meta":
            key = attribute(element, "name")
            value = attribute(element, "content")
            if key:
                builder.meta(f"nitf_meta.{key}", value)
        elif name == "tobject":
            builder.meta("tobject_type", attribute(element, "tobject.type"))
            for subject in children(element, "tobject.subject"):
                parts = (attribute(subject, f"tobject.subject.{part}") for part in _SUBJECT_PARTS)
                label = next((part for part in parts if part), None)
                builder.meta("subjects", (label,) if label else ())
                code = attribute(subject, "tobject.subject.refnum")
                builder.meta("subject_codes", (code,) if code else ())
        elif name == "docdata":
            _docdata(element, builder)
        elif name == "pubdata":
            builder.meta("publication", attribute(element, "name"))
            builder.meta("publication_datetime", attribute(element, "date.publication"))


def _dated(
    head: etree._Element | None, body_head: etree._Element | None
) -> list[tuple[str | None, str]]:
    """Return the time stamps an item gives, best first (``date.issue``: when it was sent)."""
    return [
        (attribute(first(head, "docdata", "date.issue"), "norm"), "date.issue"),
        (attribute(first(head, "pubdata"), "date.publication"), "date.publication"),
        (attribute(first(body_head, "dateline", "story.date"), "norm"), "story.date"),
    ]


def _dateline(element: etree._Element, builder: ArticleBuilder) -> None:
    location = first(element, "location")
    place = (
        text_content(location)
        if location is not None
        else text_content(element, skip=frozenset({"story.date"}))
    )
    builder.meta("dateline_location", place.rstrip(" ,") or None)
    story_date = first(element, "story.date")
    if story_date is not None:
        builder.meta("story_date", attribute(story_date, "norm") or text_content(story_date))


def _byline(element: etree._Element, builder: ArticleBuilder) -> None:
    byline = text_content(element, skip=frozenset({"byttl"}))
    builder.add("byline", byline)
    builder.meta("byline", byline)
    for title in element.iter("{*}byttl", "byttl"):
        builder.add("credits", text_content(title))
        builder.meta("byline_title", text_content(title))


def _body_head(body_head: etree._Element, builder: ArticleBuilder) -> None:
    for element in body_head:
        name = local_name(element)
        if name == "hedline":
            for subtitle in element:
                if local_name(subtitle) != "hl1":
                    builder.add("credits", text_content(subtitle))
                    builder.meta("subtitle", text_content(subtitle))
        elif name == "byline":
            _byline(element, builder)
        elif name == "distributor":
            builder.meta("distributor", text_content(element))
        elif name == "dateline":
            _dateline(element, builder)
        elif name == "abstract":
            builder.add("credits", text_content(element))
            builder.meta("abstract", text_content(element))
        elif name == "rights":
            builder.meta("rights_owner", text_content(element))
        elif name:
            builder.add("credits", text_content(element))


def _list_items(element: etree._Element, add: Callable[[str], None]) -> None:
    for item in element:
        if local_name(item) in _LISTS:
            _list_items(item, add)
        elif local_name(item):
            add(text_content(item))


_OPENING_TAG = regex.compile(r"<[A-Za-z][A-Za-z0-9\-]{0,30}+[\s>/]")


def is_pasted_markup(text: str) -> bool:
    """Tell whether a paragraph is markup written as text (an escaped embed code), not prose."""
    stripped = text.strip()
    return stripped.endswith(">") and _OPENING_TAG.match(stripped) is not None


def read_content(element: etree._Element, builder: ArticleBuilder) -> None:
    """Read the children of a body container (NITF or HTML), in order, as body paragraphs."""

    def add(text: str) -> None:
        builder.add("embed" if is_pasted_markup(text) else "body", text)

    if element.text and element.text.strip():
        add(element.text)
    for child in element:
        name = local_name(child)
        if name in _CONTAINERS:
            read_content(child, builder)
        elif name in _LISTS:
            _list_items(child, add)
        elif name in {"table", "nitf-table"}:
            for row in child.iter("{*}tr", "tr"):
                add(text_content(row))
        elif name == "figure":
            for part in child.iter("{*}figcaption", "figcaption"):
                builder.add("credits", text_content(part))
        elif name in {"script", "style"}:
            pass  # embedded code, not text of the article
        elif name == "media":
            for part in child:
                if local_name(part) in {"media-caption", "media-producer"}:
                    builder.add("credits", text_content(part))
        elif name in {"note", "tagline"}:
            builder.add("credits", text_content(child))
        elif name:
            add(text_content(child))
        if child.tail and child.tail.strip():
            add(child.tail)


def fill(nitf: etree._Element, builder: ArticleBuilder) -> None:
    """Read a ``<nitf>`` element into ``builder`` (see the module docs)."""
    head = first(nitf, "head")
    body = first(nitf, "body")
    body_head = first(body, "body.head")
    headline = first(body_head, "hedline", "hl1")
    title = text_content(headline) if headline is not None else ""
    if not title:
        title_element = first(head, "title")
        title = text_content(title_element) if title_element is not None else ""
    builder.add("title", title)
    builder.meta("nitf_version", attribute(nitf, "version"))
    language = attribute(nitf, "baselang")
    builder.meta("language", language.split("-")[0].lower() if language else None)
    if head is not None:
        _head(head, builder)
    for written, source in _dated(head, body_head):
        if written and _date(builder, written, source):
            break
    if body_head is not None:
        _body_head(body_head, builder)
    agency = builder.get("distributor") or builder.get("copyright")
    if isinstance(agency, str):
        builder.meta("agency", agency)
    if body is None:
        return
    for part in body:
        name = local_name(part)
        if name == "body.content":
            read_content(part, builder)
        elif name == "body.end":
            for element in part:
                builder.add("credits", text_content(element))
        elif name in _CONTAINERS:
            read_content(part, builder)
        elif name and name != "body.head":
            builder.add("body", text_content(part))
