"""The dateline of a wire item: read from its first body paragraph, else from its fields.

NITF and ninjs items give a dateline twice: in the text ("NEW YORK (AP) —")
and in a field (NITF ``dateline/location``, ninjs ``located``). The text
wins, as printed; the field is used when the text has none. Either way
``meta["dateline_places"]`` and ``meta["dateline_place"]`` are set, and
``meta["dateline_source"]`` says which one gave them.
"""

from __future__ import annotations

import attrs

import newscore
from newscore.toolkit import apply_dateline

__all__ = ["FIELD_KEYS", "finish_dateline"]

FIELD_KEYS = ("dateline_location", "event_city")
"""The ``meta`` fields a place is taken from when the text gives no dateline, in order."""


def _first_body(article: newscore.Article) -> newscore.Section | None:
    return next((section for section in article.sections if section.kind == "body"), None)


def finish_dateline(article: newscore.Article, options: newscore.ReadOptions) -> newscore.Article:
    """Apply the dateline opening the first body paragraph, else the item's place field."""
    body = _first_body(article)
    if body is not None:
        read, dateline = apply_dateline(article, body.span.start, options)
        if dateline is not None:
            printed = "/".join(dateline.places)
            if dateline.country:
                printed = f"{printed}, {dateline.country}"
            meta = {**read.meta, "dateline_place": printed, "dateline_source": "text"}
            if dateline.agency and not isinstance(meta.get("agency"), str):
                meta["agency"] = dateline.agency
            return attrs.evolve(read, meta=meta)
    for key, source in zip(FIELD_KEYS, ("field", "event-location"), strict=True):
        place = article.meta.get(key)
        if isinstance(place, str) and place:
            meta = {
                **article.meta,
                "dateline_places": (place,),
                "dateline_place": place,
                "dateline_source": source,
            }
            return attrs.evolve(article, meta=meta)
    return article
