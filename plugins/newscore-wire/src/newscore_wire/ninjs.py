"""The ``ninjs`` and ``ap-media-api-json`` formats: IPTC ninjs items and AP Media API items.

``ninjs``
    IPTC ninjs 1.x and 2.x JSON (also the Superdesk/AAP flavour): one item, an
    array of items, or JSON Lines, one article per item; can be written.
``ap-media-api-json``
    The AP Media API's JSON response (``{"api_version": ..., "data": {"item":
    {...}}}``): its ninjs-like item, or each item of a feed's ``data.items``.

Both read the items with :mod:`json` and their fields with
:func:`newscore_wire._ninjs_fields.fill`. Neither claims arbitrary JSON:
:func:`sniff` wants ninjs keys (``uri`` and ``type`` with ``headline``,
``headlines`` or a body, or a ninjs ``$schema``), and newscore's own records
(``schema_version``) are left to ``native``. See ``docs/formats/ninjs.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import regex

import newscore
from newscore.toolkit import ArticleBuilder, from_lf_position
from newscore_wire import _ninjs_write
from newscore_wire._json_items import JsonError, json_items
from newscore_wire._ninjs_fields import fill
from newscore_wire._nitf_dateline import finish_dateline
from newscore_wire._tree import join_lines

__all__ = [
    "AP_MEDIA_API_JSON",
    "FORMATS",
    "NINJS",
    "read_ap_media",
    "read_ninjs",
    "sniff_ap_media",
    "sniff_ninjs",
]


def _key(name: str) -> regex.Pattern[str]:
    return regex.compile(rf'"{regex.escape(name)}"[ \t\r\n]*+:')


_TYPE, _SCHEMA = _key("type"), _key("$schema")
_IDENTITY = regex.compile(r'"(?:uri|guid|versioncreated|firstcreated)"[ \t\r\n]*+:')
_HEADLINE = regex.compile(
    r'"(?:headline|headlines|body_text|body_html|body_xhtml|bodies)"[ \t\r\n]*+:'
)
_NATIVE = _key("schema_version")
_API_VERSION, _DATA = _key("api_version"), _key("data")


def _is_json(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:1] in {"{", "["}


def sniff_ninjs(text: str) -> float:
    """Answer 0.97 for JSON with ninjs keys; 0 for newscore's own records and other JSON.

    ninjs keys: a ninjs ``$schema``; or ``type`` with a headline or body key and
    ``uri``, ``guid``, ``versioncreated`` or ``firstcreated``. That is above the
    generic ``table`` reading of JSON and below ``native``.
    """
    if not _is_json(text) or _NATIVE.search(text):
        return 0.0
    if _SCHEMA.search(text) and "ninjs" in text:
        return 0.98
    if _TYPE.search(text) and _HEADLINE.search(text) and _IDENTITY.search(text):
        return 0.97
    return 0.0


def sniff_ap_media(text: str) -> float:
    """Answer 0.98 for an AP Media API response (``api_version`` and ``data``)."""
    if not _is_json(text) or _NATIVE.search(text):
        return 0.0
    return 0.98 if _API_VERSION.search(text) and _DATA.search(text) else 0.0


def _kept(text: str, name: str, problem: newscore.Problem) -> newscore.Article:
    """Keep text that is not an item as the body of an article with a problem."""
    builder = ArticleBuilder(name)
    builder.add("body", text)
    builder.problem(problem.code, problem.message, problem.severity)
    return builder.build()


def _items(
    lines: Iterable[str], name: str, options: newscore.ReadOptions
) -> Iterator[tuple[int, Any] | newscore.Article]:
    text, dropped = join_lines(lines)
    code = name if name == "ninjs" else "ap-media"
    if dropped:
        message = f"the input passes {len(text)} characters; {dropped} more were not read"
        if options.strict:
            raise newscore.ParseError(message, code=f"{code}.too-long")
        yield _kept("", name, newscore.Problem(code=f"{code}.too-long", message=message))
    for found in json_items(text):
        if isinstance(found, JsonError):
            line, column = from_lf_position(text, found.line, found.column)
            message = f"malformed JSON at line {line}, column {column}: {found.message}"
            if options.strict:
                raise newscore.ParseError(
                    message, code=f"{code}.malformed", line=line, column=column
                )
            problem = newscore.Problem(code=f"{code}.malformed", message=message, severity="error")
            yield _kept(text[found.offset :], name, problem)
            return
        yield found


def _article(item: Any, name: str, options: newscore.ReadOptions) -> newscore.Article:
    builder = ArticleBuilder(name, "ninjs" if name == "ninjs" else "ap-media")
    if isinstance(item, Mapping):
        fill(item, builder)
    else:
        builder.add("body", str(item))
        builder.problem(
            f"{builder.problem_prefix}.not-an-item", "a JSON value that is not an object"
        )
    return finish_dateline(builder.build(), options)


def read_ninjs(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read ninjs items (one object, an array, or JSON Lines), one article each."""
    for found in _items(lines, "ninjs", options):
        yield found if isinstance(found, newscore.Article) else _article(found[1], "ninjs", options)


def _ap_items(response: Any) -> list[Any]:
    data = response.get("data") if isinstance(response, Mapping) else None
    if not isinstance(data, Mapping):
        return [response]
    if "item" in data:
        return [data["item"]]
    items = data.get("items")
    if isinstance(items, list):
        return [
            entry.get("item", entry) if isinstance(entry, Mapping) else entry for entry in items
        ]
    return [data]


def read_ap_media(
    lines: Iterable[str], options: newscore.ReadOptions
) -> Iterator[newscore.Article]:
    """Read an AP Media API response: its ``data.item`` (or each of ``data.items``)."""
    name = "ap-media-api-json"
    for found in _items(lines, name, options):
        if isinstance(found, newscore.Article):
            yield found
            continue
        response = found[1]
        for item in _ap_items(response):
            article = _article(item, name, options)
            if isinstance(response, Mapping):
                version = response.get("api_version")
                meta = {**article.meta, "api_version": str(version)} if version else article.meta
                article = attrs.evolve(article, meta=meta)
            yield article


NINJS = newscore.Format(
    name="ninjs",
    summary="IPTC ninjs 1.x/2.x JSON items (one object, an array, or JSON Lines); can be written",
    sniff=sniff_ninjs,
    read=read_ninjs,
    write=_ninjs_write.write,
    extensions=(".json", ".jsonl", ".ninjs"),
)
"""The ``ninjs`` format."""

AP_MEDIA_API_JSON = newscore.Format(
    name="ap-media-api-json",
    summary="AP Media API JSON responses (the ninjs-like item under data.item)",
    sniff=sniff_ap_media,
    read=read_ap_media,
    extensions=(".json",),
)
"""The ``ap-media-api-json`` format."""

FORMATS: tuple[newscore.Format, ...] = (NINJS, AP_MEDIA_API_JSON)
"""The formats of this module."""
