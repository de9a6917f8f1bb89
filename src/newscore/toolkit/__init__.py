"""The toolkit for format authors: the helpers newscore's own formats are built from.

A format plugin needs only :mod:`newscore` and this package. Everything here is
public and documented; the modules behind it are an implementation detail.

- **layout**: lines and paragraphs with their offsets (:func:`lines`,
  :func:`paragraphs`, :func:`read_head`, :func:`split_clippings`, :func:`trimmed`);
- **dates**: dates written with the CLDR month names of eleven locales (:func:`match_date`,
  :func:`search_date`, :func:`format_date`, :func:`date_line`);
- **locale_dates**: dates in an interface language, from Babel's CLDR data
  (:func:`match_locale_date`, :func:`search_locale_date`, :func:`month_names`,
  :func:`weekday_names`; needs ``newscore[locales]``);
- **datelines**: wire datelines (:func:`match_dateline`, :func:`resolve_year`) and
  what they give an article (:func:`apply_dateline`, :func:`dateline_meta`,
  :func:`dateline_date`, :func:`agency_source`);
- **builder**: an article assembled piece by piece from a markup tree
  (:class:`ArticleBuilder`, :func:`collapse`);
- **sources**: source lines and outlet names (:func:`read_sources`,
  :func:`find_outlet`, :data:`KNOWN_OUTLETS`).
"""

from __future__ import annotations

from newscore.extract.sources import KNOWN_OUTLETS, find_outlet, read_sources
from newscore.toolkit.builder import MAX_ARTICLE_CHARS, ArticleBuilder, PieceRole, collapse
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
    join_bounded,
    lines,
    paragraphs,
    read_head,
    split_clippings,
    trimmed,
)
from newscore.toolkit.locale_dates import (
    LOCALES,
    LocaleDate,
    match_locale_date,
    month_names,
    search_locale_date,
    weekday_names,
)
from newscore.toolkit.placing import (
    agency_source,
    apply_dateline,
    dateline_date,
    dateline_meta,
    reference_date,
)
from newscore.toolkit.positions import from_lf_position, lf_offset, position_of

__all__ = [
    "KNOWN_OUTLETS",
    "LOCALES",
    "MAX_ARTICLE_CHARS",
    "MONTHS",
    "TITLE_MAX_LENGTH",
    "ArticleBuilder",
    "DateMatch",
    "Dateline",
    "Head",
    "Line",
    "LocaleDate",
    "Paragraph",
    "PieceRole",
    "agency_source",
    "apply_dateline",
    "collapse",
    "date_line",
    "dateline_date",
    "dateline_meta",
    "find_outlet",
    "format_date",
    "from_lf_position",
    "is_blank",
    "join_bounded",
    "lf_offset",
    "lines",
    "match_date",
    "match_dateline",
    "match_locale_date",
    "month_names",
    "paragraphs",
    "position_of",
    "read_head",
    "read_sources",
    "reference_date",
    "resolve_year",
    "search_date",
    "search_locale_date",
    "split_clippings",
    "trimmed",
    "weekday_names",
]
