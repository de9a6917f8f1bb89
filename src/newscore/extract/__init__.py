"""Attribution: sources, speakers and statements read from an article's sections.

The public extension API: a plugin adds a language by building a
:class:`LanguagePack` (data only, see :mod:`newscore.extract.packs.pack`),
perhaps writes a :class:`Frame`, and registers ``make_extractor(pack)``::

    from newscore.extract import LanguagePack, make_extractor

    FRENCH = LanguagePack(language="fr", cues=frozenset({"a", "déclaré"}), ...)

    @newscore.hookimpl
    def newscore_register_extractors(registry):
        registry.add(make_extractor(FRENCH))
"""

from newscore.extract.frames import STANDARD_FRAMES, Frame
from newscore.extract.packs import PACKS, LanguagePack, PronounInfo, pack_for
from newscore.extract.statements import extract_statements, make_extractor

__all__ = [
    "PACKS",
    "STANDARD_FRAMES",
    "Frame",
    "LanguagePack",
    "PronounInfo",
    "extract_statements",
    "make_extractor",
    "pack_for",
]
