"""Which column of a table gives which field of an article.

A table's header names its columns; each *role* (``text``, ``title``,
``date``, ``url``, ``source``, ``id``) is taken from the column the caller
names for it, or else from the first column whose name is one of the role's
usual names (case and surrounding spaces ignored) or ends with one of its
suffixes (``ukr_text``, ``masked_title``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

import newscore

__all__ = ["ROLES", "Columns", "resolve_columns"]

ROLES = ("id", "date", "title", "text", "source", "url")
"""The fields a column can give, in the order the ``table`` writer writes them."""

_NAMES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "story"),
    "title": ("title", "headline", "heading"),
    "date": (
        "date",
        "published",
        "pubdate",
        "pub_date",
        "publish_date",
        "published_at",
        "publication_date",
        "datetime",
        "timestamp",
    ),
    "url": ("url", "link", "href", "uri"),
    "source": ("source", "outlet", "publication", "publisher", "medium"),
    "id": ("id", "doc_id", "document_id", "article_id", "uid", "guid"),
}
_SUFFIXES: Mapping[str, tuple[str, ...]] = {
    "text": ("_text", "_body", "_content"),
    "title": ("_title", "_headline"),
    "date": ("_date",),
    "url": ("_url",),
}


@attrs.frozen(kw_only=True)
class Columns:
    """The column each role is read from.

    :param header: the header's column names, as written.
    :param by_role: role to the index of its column in :attr:`header`.
    """

    header: tuple[str, ...]
    by_role: Mapping[str, int]

    def cell(self, cells: Sequence[str], role: str) -> str | None:
        """Return the cell of ``role`` in a row, or ``None`` if no column gives it."""
        index = self.by_role.get(role)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def others(self) -> tuple[int, ...]:
        """Return the indexes of the columns that give no role, in header order."""
        taken = set(self.by_role.values())
        return tuple(index for index in range(len(self.header)) if index not in taken)


def _key(name: str) -> str:
    return name.strip().lstrip("\ufeff").casefold()


def _default(keys: Sequence[str], role: str, taken: set[int]) -> int | None:
    for index, key in enumerate(keys):
        if index not in taken and key in _NAMES[role]:
            return index
    for index, key in enumerate(keys):
        if index not in taken and key.endswith(_SUFFIXES.get(role, ())):
            return index
    return None


def resolve_columns(header: Sequence[str], given: Mapping[str, str]) -> Columns:
    """Map every role to its column in ``header``.

    :param header: the column names, as the header writes them.
    :param given: role to column name, from the caller (``{"text": "body"}``);
        names that are no role are ignored, as other formats' options.
    :raises ParseError: code ``table.unknown-column`` if a column the caller
        names is not in the header; the message lists the header's columns.
    """
    keys = [_key(name) for name in header]
    by_role: dict[str, int] = {}
    for role, column in given.items():
        if role not in ROLES:
            continue
        try:
            by_role[role] = keys.index(_key(column))
        except ValueError:
            listed = ", ".join(repr(name) for name in header) or "none"
            raise newscore.ParseError(
                f"no column {column!r} (asked for the {role}) in the header;"
                f" its columns are {listed}",
                code="table.unknown-column",
            ) from None
    taken = set(by_role.values())
    for role in ("text", "title", "date", "url", "source", "id"):
        if role in by_role:
            continue
        index = _default(keys, role, taken)
        if index is not None:
            by_role[role] = index
            taken.add(index)
    return Columns(header=tuple(header), by_role=by_role)
