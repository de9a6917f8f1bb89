"""What a dateline tells about an article: its place, agency, date and source.

:func:`match_dateline` finds a dateline; the functions here turn one into the
article's fields, the same way for every format that reads wire copy (the
built-in ``dateline`` format, agency feeds, database exports):

- :func:`dateline_meta`: ``dateline_places``, ``dateline_country``,
  ``dateline_agency``, ``dateline_month`` and ``dateline_day``;
- :func:`dateline_date`: the date it gives, its year resolved against the
  read's reference date when it gives none;
- :func:`agency_source`: the agency as the article's :class:`newscore.Source`;
- :func:`apply_dateline`: all of these at once, on a built article whose
  text at a given offset opens with a dateline.
"""

from __future__ import annotations

import datetime

import attrs

import newscore
from newscore.extract.sources import KNOWN_OUTLETS
from newscore.toolkit.datelines import Dateline, match_dateline, resolve_year

__all__ = ["agency_source", "apply_dateline", "dateline_date", "dateline_meta", "reference_date"]

_ALL_CAPS_AGENCIES = {"AP": "AP", "AFP": "AFP", "TASS": "TASS", "DPA": "dpa"}
_AGENCY_KINDS = {name.lower(): kind for name, kind in KNOWN_OUTLETS.items()}


def dateline_meta(dateline: Dateline) -> dict[str, newscore.MetaValue]:
    """Return the ``dateline_*`` fields of ``meta`` that ``dateline`` gives."""
    meta: dict[str, newscore.MetaValue] = {"dateline_places": dateline.places}
    if dateline.country is not None:
        meta["dateline_country"] = dateline.country
    if dateline.agency is not None:
        meta["dateline_agency"] = dateline.agency
    if dateline.month is not None and dateline.day is not None:
        meta["dateline_month"] = dateline.month
        meta["dateline_day"] = dateline.day
    return meta


def reference_date(options: newscore.ReadOptions) -> datetime.date | None:
    """Return the date a dateline's year is resolved against: the read's, else its context's."""
    if options.reference_date is not None:
        return options.reference_date
    context = options.context.get("date")
    if isinstance(context, str):
        try:
            return datetime.date.fromisoformat(context[:10])
        except ValueError:
            return None
    return None


def dateline_date(dateline: Dateline, options: newscore.ReadOptions) -> datetime.date | None:
    """Return the date ``dateline`` gives, its year resolved if it gives only day and month."""
    if dateline.date is not None:
        return dateline.date
    reference = reference_date(options)
    if reference is None or dateline.month is None or dateline.day is None:
        return None
    return resolve_year(dateline.month, dateline.day, reference)


def agency_source(dateline: Dateline) -> newscore.Source | None:
    """Return the agency named in ``dateline`` as a source, or ``None`` if it names none.

    The name is the agency as written, without a regional service after a slash
    ("dpa" of "dpa/lni"); the description keeps all of it.
    """
    if dateline.agency is None or dateline.agency_span is None:
        return None
    start = dateline.agency_span.start
    written = dateline.agency.split("/", 1)[0].rstrip() or dateline.agency
    name_span = newscore.Span(start=start, end=start + len(written))
    name = _ALL_CAPS_AGENCIES.get(written.upper(), written)
    return newscore.Source(
        name=name,
        kind=_AGENCY_KINDS.get(written.lower(), "news agency"),
        description=dateline.agency,
        span=dateline.agency_span,
        name_span=name_span,
    )


def apply_dateline(
    article: newscore.Article, position: int, options: newscore.ReadOptions
) -> tuple[newscore.Article, Dateline | None]:
    """Read the dateline that opens ``article.raw`` at ``position``, into the article's fields.

    Adds the ``dateline_*`` fields to ``meta`` (fields already there are kept),
    the agency as the first source, and the date when the article has none.
    Returns the article unchanged, and ``None``, when no dateline opens there.
    """
    dateline = match_dateline(article.raw, position)
    if dateline is None:
        return article, None
    meta = {**dateline_meta(dateline), **article.meta}
    source = agency_source(dateline)
    sources = (source, *article.sources) if source is not None else article.sources
    date = article.date if article.date is not None else dateline_date(dateline, options)
    return attrs.evolve(article, meta=meta, sources=sources, date=date), dateline
