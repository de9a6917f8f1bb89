"""newscore plugin for LexisNexis and Nexis Uni exports.

Registers three formats, whose articles are all assembled from blocks the same way:

- ``nexis``: the classic plain-text export (``N of M DOCUMENTS`` blocks);
- ``nexis-html``: the LexisNexis Academic HTML export (``DOCFULL`` markup),
  with English, French and German labels and dates;
- ``nexis-docx``: the Nexis Uni DOCX export.

>>> import newscore
>>> articles = list(newscore.read("export.TXT"))  # doctest: +SKIP
"""

from __future__ import annotations

import newscore
from newscore_nexis._classic import NEXIS
from newscore_nexis._dates import FoundDate, read_date
from newscore_nexis._docx import NEXIS_DOCX
from newscore_nexis._html import NEXIS_HTML, document_article
from newscore_nexis._text import parse_article

__all__ = [
    "FORMATS",
    "NEXIS",
    "NEXIS_DOCX",
    "NEXIS_HTML",
    "FoundDate",
    "document_article",
    "newscore_register_formats",
    "parse_article",
    "read_date",
]

FORMATS = (NEXIS, NEXIS_HTML, NEXIS_DOCX)
"""The formats this plugin registers."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register ``nexis``, ``nexis-html`` and ``nexis-docx``."""
    for fmt in FORMATS:
        registry.add(fmt)
