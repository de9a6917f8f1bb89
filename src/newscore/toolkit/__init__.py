"""The toolkit for format authors: the helpers newscore's own formats are built from.

A format plugin needs only :mod:`newscore` and this package. Everything here is
public and documented; the modules behind it are an implementation detail.

- **layout**: lines and paragraphs with their offsets (:func:`lines`,
  :func:`paragraphs`, :func:`read_head`, :func:`split_clippings`, :func:`trimmed`);
- **dates**: dates written in English, Ukrainian and Russian (:func:`match_date`,
  :func:`search_date`, :func:`format_date`, :func:`date_line`);
- **datelines**: wire datelines (:func:`match_dateline`, :func:`resolve_year`);
- **sources**: source lines and outlet names (:func:`read_sources`,
  :func:`find_outlet`, :data:`KNOWN_OUTLETS`).
"""

from __future__ import annotations

from newscore.extract.sources import KNOWN_OUTLETS, find_outlet, read_sources
from newscore.toolkit.datelines import Dateline, match_dateline, resolve_year
from newscore.toolkit.dates import (
    MONTHS,
    DateMatch,
    date_line,
    format_date,
    match_date,
    search_date,
)
from newscore.toolkit.layout import (
    TITLE_MAX_LENGTH,
    Head,
    Line,
    Paragraph,
    is_blank,
    lines,
    paragraphs,
    read_head,
    split_clippings,
    trimmed,
)

__all__ = [
    "KNOWN_OUTLETS",
    "MONTHS",
    "TITLE_MAX_LENGTH",
    "DateMatch",
    "Dateline",
    "Head",
    "Line",
    "Paragraph",
    "date_line",
    "find_outlet",
    "format_date",
    "is_blank",
    "lines",
    "match_date",
    "match_dateline",
    "paragraphs",
    "read_head",
    "read_sources",
    "resolve_year",
    "search_date",
    "split_clippings",
    "trimmed",
]
