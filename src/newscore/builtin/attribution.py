"""The ``attribution`` extractors: statements, speakers and cited sources, one per language pack.

A plugin like any third-party one: it registers an
:class:`~newscore.Extractor` per built-in pack through
:func:`~newscore.hookspecs.newscore_register_extractors`, made by
:func:`newscore.extract.make_extractor` exactly as a language plugin would.
"""

from __future__ import annotations

import newscore
from newscore.extract import PACKS, make_extractor

EXTRACTORS = tuple(
    make_extractor(
        pack,
        name="attribution" if language == "en" else f"attribution-{language}",
        summary=f"reported statements, speakers and cited sources ({language})",
    )
    for language, pack in PACKS.items()
)
"""The built-in extractors, one per pack of :data:`newscore.extract.PACKS`."""


@newscore.hookimpl
def newscore_register_extractors(registry: newscore.ExtractorRegistry) -> None:
    """Register the built-in ``attribution`` extractors."""
    for extractor in EXTRACTORS:
        registry.add(extractor)
