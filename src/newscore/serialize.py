"""Articles to and from plain data and JSON, through :mod:`cattrs`.

The JSON form is newscore's *native* format: it keeps every field, so
``from_json(to_json(article)) == article`` for every article. It carries a
``schema_version``; :func:`from_dict` refuses versions it does not know.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from newscore.errors import ParseError
from newscore.model import Article, Meta, MetaValue

__all__ = ["READABLE_VERSIONS", "SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 3
"""The version of the JSON layout :func:`to_dict` writes.

Version 3 added the article's ``id`` (written for readers such as ``jq``;
:func:`from_dict` recomputes it) and the ``id`` of statements and sources.
Version 2 added ``speakers`` and the statements' ``frame``, ``resolution``,
``resolved_from`` and ``entity``. Records of versions 1 and 2 are still read
(the newer fields take their defaults).
"""

READABLE_VERSIONS = frozenset({1, 2, SCHEMA_VERSION})
"""The schema versions :func:`from_dict` reads."""

_converter = make_converter(omit_if_default=False, forbid_extra_keys=True)
_converter.register_unstructure_hook(datetime.date, lambda value: value.isoformat())
_converter.register_structure_hook(
    datetime.date, lambda value, _: datetime.date.fromisoformat(value)
)
_converter.register_unstructure_hook(Meta, lambda value: {k: _plain(v) for k, v in value.items()})
_converter.register_structure_hook(Meta, lambda value, _: _structure_meta(value))


def _exactly(kind: type[Any]) -> Any:
    # cattrs coerces by default (str(5) == "5", int("7") == 7, int(True) == 1);
    # a record that claims to be an article must carry the declared JSON types.
    def structure(value: object, _: object) -> object:
        if type(value) is kind or (kind is float and type(value) is int):
            return value
        raise TypeError(f"expected {_JSON_NAMES[kind]}, got {_json_name(value)}")

    return structure


_JSON_NAMES: dict[type[Any], str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
}


def _json_name(value: object) -> str:
    if value is None:
        return "null"
    for kind, name in _JSON_NAMES.items():
        if type(value) is kind:
            return name
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__


for _kind in (str, int, float, bool):
    _converter.register_structure_hook(_kind, _exactly(_kind))


def _plain(value: MetaValue) -> object:
    return list(value) if isinstance(value, tuple) else value


def _structure_meta(value: object) -> Meta:
    if not isinstance(value, dict):
        raise TypeError(f"meta must be an object, not {type(value).__name__}")
    for key, item in value.items():
        scalar = item is None or isinstance(item, (str, int, float, bool))
        strings = isinstance(item, list) and all(isinstance(part, str) for part in item)
        if not (scalar or strings):
            raise TypeError(f"meta value of {key!r} must be a scalar or a list of strings")
    return Meta(value)


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as plain data (dicts, lists, strings, numbers).

    The result has ``schema_version`` and the article's ``id`` first, then
    every field of the article.
    """
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": article.id}
    data.update(_converter.unstructure(article))
    return data


def from_dict(data: dict[str, Any]) -> Article:
    """Build an :class:`~newscore.Article` from the data :func:`to_dict` returns.

    :raises ParseError: (code ``native.invalid``) if ``data`` is not an article
        of a known schema version; the message names the offending field.
    """
    if not isinstance(data, dict):
        raise ParseError(
            f"an article must be a JSON object, not {type(data).__name__}", code="native.invalid"
        )
    fields = dict(data)
    version = fields.pop("schema_version", None)
    fields.pop("id", None)  # a property of the article's text and provenance, not a field
    if type(version) is not int or version not in READABLE_VERSIONS:
        readable = ", ".join(map(str, sorted(READABLE_VERSIONS)))
        raise ParseError(
            f"unsupported schema_version {version!r}; this newscore reads {readable}",
            code="native.schema-version",
        )
    try:
        return _converter.structure(fields, Article)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as error:
        raise ParseError(_describe(error), code="native.invalid") from None


def _describe(error: BaseException) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        notes = cattrs.transform_error(error, format_exception=_format_exception)
        return "not a valid article: " + "; ".join(notes[:3])
    return f"not a valid article: {error}"


def _format_exception(error: BaseException, kind: object) -> str:
    if not isinstance(error, KeyError) and str(error):
        return f"invalid value ({error})"
    return cattrs.v.format_exception(error, kind)  # type: ignore[arg-type]


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """Return ``article`` as JSON text (UTF-8 characters kept, not escaped).

    :param indent: spaces per level, or ``None`` for one line (JSON Lines).
    """
    separators = (",", ":") if indent is None else None
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent, separators=separators)


def from_json(text: str) -> Article:
    """Read an article from the JSON text :func:`to_json` writes.

    :raises ParseError: with the line and column of malformed JSON
        (code ``native.invalid-json``), or as :func:`from_dict` does.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        # json counts lines by "\n" only; newscore counts "\r" and "\r\n" too.
        raise ParseError.at(text, error.pos, error.msg, code="native.invalid-json") from None
    except RecursionError:
        raise ParseError("JSON nested too deeply", code="native.invalid-json") from None
    return from_dict(data)
