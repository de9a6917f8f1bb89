"""Factiva's two-letter field codes (``HD``, ``PD``, ``SN``...) and where each value goes.

The HTML exports label every field with a code (the table layout writes it,
the class-less layout's fields are told apart by :mod:`newscore_factiva._html`);
:func:`apply_field` puts a field's value in the article: its text (``HD``,
``BY``, ``CR``, ``LP``, ``TD``) or its ``meta``.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newscore.toolkit import ArticleBuilder, collapse
from newscore_factiva._dates import find_date
from newscore_factiva._names import agency_kind, language_code

__all__ = ["CODE_LISTS", "FIELD_NAMES", "TEXT_CODES", "apply_field", "list_codes"]

FIELD_NAMES: Mapping[str, str] = {
    "SE": "section",
    "ET": "time",
    "SN": "outlet",
    "SC": "source_code",
    "ED": "edition",
    "PG": "page",
    "VOL": "volume",
    "CY": "copyright",
    "CLM": "column",
    "RF": "reference",
    "PUB": "publisher",
    "NOTE": "notes",
    "NGC": "factiva_ngc",
    "GC": "factiva_gc",
    "OT": "other",
}
"""Codes kept in ``meta`` as text, and their keys there.

``WC`` gives ``length`` (an int), ``LA`` ``language`` and ``language_name``,
``AN`` ``document_id``, ``PD`` the date and ``publication_date``; the code
lists are in :data:`CODE_LISTS`; any other code ``XX`` is kept as ``factiva_xx``.
"""

CODE_LISTS: Mapping[str, str] = {
    "NS": "subject",
    "RE": "region",
    "IN": "industry",
    "CO": "company",
}
"""Coded lists (``gpol : Domestic Politics | gcat : ...``): ``NS`` gives
``subject_codes`` and ``subject_names``, and so on; all codes together are
``codes``. ``IPC`` and ``IPD`` give the tuples ``ipc`` and ``ipd``."""

TEXT_CODES: Mapping[str, str] = {"HD": "title", "BY": "byline", "CR": "credits"}
"""Codes whose value is text of the article (``LP`` and ``TD`` hold paragraphs)."""

_COUNT = regex.compile(r"[0-9][0-9.,\u00a0\u202f']*+")


def list_codes(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split ``"gpol : Domestic Politics | gcat : General"`` into codes and names."""
    codes: list[str] = []
    names: list[str] = []
    for part in value.split("|"):
        code, _, name = part.partition(" : ")
        if code.strip():
            codes.append(code.strip())
            if name.strip():
                names.append(name.strip())
    return tuple(codes), tuple(names)


def apply_field(code: str, value: str, builder: ArticleBuilder) -> None:
    """Put one field (not ``LP``/``TD``) where it belongs in the article being built."""
    value = collapse(value)
    if not value:
        return
    if code in TEXT_CODES:
        builder.add(TEXT_CODES[code], value)  # type: ignore[arg-type]
    elif code == "PD":
        builder.meta("publication_date", value)
        found = find_date(value)
        if found is None or found.date is None:
            builder.problem("factiva.unknown-date", f"cannot read the date {value[:60]!r}")
        elif builder.date is None:
            builder.date = found.date
    elif code == "WC":
        count = _COUNT.match(value)
        digits = "".join(ch for ch in count.group() if ch.isdigit()) if count else ""
        if digits and len(digits) < 16:
            builder.meta("length", int(digits))
    elif code == "LA":
        builder.meta("language", language_code(value))
        builder.meta("language_name", value)
    elif code == "AN":
        builder.meta("document_id", value.split()[-1])
    elif code in CODE_LISTS:
        codes, names = list_codes(value)
        builder.meta(f"{CODE_LISTS[code]}_codes", codes)
        builder.meta(f"{CODE_LISTS[code]}_names", names)
        builder.meta("codes", codes)
    elif code in {"IPC", "IPD"}:
        builder.meta(code.lower(), list_codes(value)[0])
    else:
        builder.meta(FIELD_NAMES.get(code, f"factiva_{code.lower()}"), value)
        if code == "SN" and builder.get("outlet_kind") is None:
            builder.meta("outlet_kind", agency_kind(value))
