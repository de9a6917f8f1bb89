"""Write an article as one SGML ``<REUTERS>`` element.

What survives ``read(write(a))``: the title (on one line), the date with its
time to the hundredth of a second, the category lists, the ``NEWID``,
``OLDID``, ``TOPICS``, ``LEWISSPLIT`` and ``CGISPLIT`` attributes, the
author, the ``<UNKNOWN>`` and ``<MKNOTE>`` texts, the ``<DATELINE>`` and the
story text (control characters dropped). Text no field claimed (``unread``
sections) is not written.
"""

from __future__ import annotations

import datetime

import newscore
import regex

from newscore_reuters21578.story import LIST_FIELDS

__all__ = ["story_text", "write"]

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++")
_NOT_STORY = frozenset(("meta", "title", "unread"))


def _escape(text: str) -> str:
    return str(_CONTROL.sub("", text)).translate(_ESCAPES)


def _attribute(text: str) -> str:
    return " ".join(str(_CONTROL.sub("", text)).split()).translate(_ATTRIBUTE_ESCAPES)


def _meta_text(article: newscore.Article, key: str) -> str | None:
    value = article.meta.get(key)
    if not isinstance(value, str):
        return None
    value = str(_CONTROL.sub("", value)).strip()
    return value or None


def _meta_list(article: newscore.Article, key: str) -> tuple[str, ...]:
    value = article.meta.get(key)
    items = value if isinstance(value, tuple) else (value,) if isinstance(value, str) else ()
    cleaned = (" ".join(str(_CONTROL.sub("", item)).split()) for item in items)
    return tuple(item for item in cleaned if item)


def story_text(article: newscore.Article) -> str:
    """Return the story of ``article``: the wire copy, dateline included.

    The text from the first to the last section or furniture that is neither
    the title nor text no field claimed (``unread``), or else the lead.
    """
    parts = [
        section
        for section in (*article.sections, *article.furniture)
        if section.kind not in _NOT_STORY
        and not (article.title_span is not None and article.title_span.contains(section.span))
    ]
    if parts:
        start = min(section.span.start for section in parts)
        end = max(section.span.end for section in parts)
        return article.raw[start:end].strip()
    return (article.lead or "").strip()


def _date_text(article: newscore.Article) -> str:
    if article.date is None:
        return ""
    date = article.date
    text = f"{date.day}-{_MONTHS[date.month - 1]}-{date.year:04d}"
    time_value = article.meta.get("time")
    time = datetime.time()
    if isinstance(time_value, str):
        try:
            time = datetime.time.fromisoformat(time_value)
        except ValueError:
            time = datetime.time()
    return f"{text} {time:%H:%M:%S}.{time.microsecond // 10_000:02d}"


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as one SGML ``<REUTERS>`` element (see the module's description)."""
    del options  # no variants
    story = str(_CONTROL.sub("", story_text(article))).strip()
    dateline = _meta_text(article, "dateline_tag")
    body = story
    if dateline is not None and story.startswith(dateline):
        body = story[len(dateline) :].strip()
    else:
        dateline = None
    topics = _meta_list(article, "topics")
    topics_attribute = _meta_text(article, "topics_attribute") or ("YES" if topics else "NO")
    attributes = [f'TOPICS="{_attribute(topics_attribute)}"']
    for name, key in (
        ("LEWISSPLIT", "lewis_split"),
        ("CGISPLIT", "cgi_split"),
        ("OLDID", "old_id"),
    ):
        value = _meta_text(article, key)
        if value is not None:
            attributes.append(f'{name}="{_attribute(value)}"')
    attributes.append(f'NEWID="{_attribute(_meta_text(article, "document_id") or "")}"')
    out = [f"<REUTERS {' '.join(attributes)}>\n", f"<DATE>{_date_text(article)}</DATE>\n"]
    for field in LIST_FIELDS:
        values = "".join(f"<D>{_escape(value)}</D>" for value in _meta_list(article, field))
        out.append(f"<{field.upper()}>{values}</{field.upper()}>\n")
    for name, key in (("MKNOTE", "mknote"), ("UNKNOWN", "unknown")):
        value = _meta_text(article, key)
        if value is not None:
            out.append(f"<{name}>{_escape(value)}</{name}>\n")
    text_type = _meta_text(article, "text_type")
    out.append(f'<TEXT TYPE="{_attribute(text_type)}">\n' if text_type else "<TEXT>\n")
    title = " ".join(str(_CONTROL.sub("", article.title or "")).split())
    if title:
        out.append(f"<TITLE>{_escape(title)}</TITLE>\n")
    author = _meta_text(article, "author")
    if author is not None:
        out.append(f"<AUTHOR>{_escape(author)}</AUTHOR>\n")
    if dateline is not None:
        out.append(f"<DATELINE>{_escape(dateline)} </DATELINE>")
    if body or dateline is not None:
        out.append(f"<BODY>{_escape(body)}\n</BODY>")
    out.append("</TEXT>\n</REUTERS>\n")
    return "".join(out)
