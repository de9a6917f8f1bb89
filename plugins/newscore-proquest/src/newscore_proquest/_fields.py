"""ProQuest's labelled fields ("Author:", "Publication info:"...) and where each goes.

Every label becomes a ``meta`` key: its words in lower case joined by ``_``
("Place of publication" gives ``place_of_publication``), except the few that
:data:`KEYS` renames to newscore's usual keys. :data:`LISTS` are split at
``;`` into tuples. The date is read (English month names) from "Publication
date", else from "Publication info".
"""

from __future__ import annotations

import functools

from babel import Locale

from newscore.toolkit import ArticleBuilder, search_date

__all__ = [
    "ABSTRACT",
    "FULL_TEXT",
    "KEYS",
    "LISTS",
    "apply_field",
    "finish_fields",
    "key_of",
    "language_code",
]

ABSTRACT = "abstract"
"""The key of the label that opens the abstract's paragraphs."""

FULL_TEXT = "full_text"
"""The key of the label that opens the article's text."""

KEYS = {
    "author": "byline",
    "subject": "subjects",
    "location": "locations",
    "proquest_document_id": "document_id",
    "document_url": "url",
    "pages": "page",
    "language_of_publication": "language_name",
    "people": "people",
}
"""Labels (as :func:`key_of` spells them) that take another ``meta`` key."""

LISTS = frozenset({"subjects", "locations", "people", "identifier_keyword"})
"""The keys whose values are lists separated by ``;``."""


def key_of(label: str) -> str:
    """Return the ``meta`` key of a label as written ("Pages:" gives ``page``)."""
    words = "".join(c if c.isalnum() else " " for c in label.casefold())
    slug = "_".join(words.split()) or "field"
    return KEYS.get(slug, slug)


@functools.lru_cache(maxsize=1)
def _languages() -> dict[str, str]:
    names = Locale("en").languages
    return {str(name).casefold(): str(code) for code, name in names.items() if "_" not in code}


def language_code(name: str) -> str | None:
    """Return the ISO 639-1 code of a language named in English ("English" gives ``en``)."""
    return _languages().get(name.strip().casefold())


def _date_from(value: str, builder: ArticleBuilder) -> bool:
    found = search_date(value)
    if found is None or found.date is None:
        return False
    builder.date = found.date
    return True


def apply_field(key: str, value: str, builder: ArticleBuilder) -> None:
    """Record the field ``key`` (from :func:`key_of`) with its ``value`` as written."""
    if key in LISTS:
        builder.meta(key, tuple(part.strip() for part in value.split(";") if part.strip()))
        return
    builder.meta(key, value)
    if key == "publication_info":
        if builder.date is None:
            _date_from(value, builder)
    elif key == "publication_date" and not _date_from(value, builder):
        builder.problem(
            f"{builder.problem_prefix}.unknown-date",
            f"the publication date {value[:60]!r} could not be read",
        )
    elif key == "language_name":
        builder.meta("language", language_code(value))


def finish_fields(builder: ArticleBuilder) -> None:
    """Add ``publication``: the outlet's name, from "Publication title", else "Publication info"."""
    for key in ("publication_title", "publication_info"):
        value = builder.get(key)
        if isinstance(value, str):
            name = value.split(";")[0].split("[")[0].strip()
            if name:
                builder.meta("publication", name)
                return
