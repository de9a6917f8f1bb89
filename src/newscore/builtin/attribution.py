"""The ``attribution`` extractor: statements and cited sources in English, Ukrainian, Russian.

A plugin like any third-party one: it registers an
:class:`~newscore.Extractor` through
:func:`~newscore.hookspecs.newscore_register_extractors`.
"""

from __future__ import annotations

import newscore
from newscore.extract import extract_statements


def extract(article: newscore.Article) -> newscore.Extraction:
    """Find who said what in ``article`` (its language from ``meta["language"]``)."""
    return extract_statements(article)


ATTRIBUTION = newscore.Extractor(
    name="attribution",
    summary="reported statements, speakers and cited sources (en, uk, ru)",
    languages=("en", "uk", "ru"),
    extract=extract,
)


@newscore.hookimpl
def newscore_register_extractors(registry: newscore.ExtractorRegistry) -> None:
    """Register the ``attribution`` extractor."""
    registry.add(ATTRIBUTION)
