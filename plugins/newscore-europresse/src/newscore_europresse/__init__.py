"""newscore plugin for Europresse (Cedrom-SNI) HTML exports.

One format, ``europresse``, reads both layouts of the "save" / "print" pages:
the older one (``DocPublicationName``, ``DocHeader`` and ``TitreArticleVisu``
spans in a table per article, a "Numéro de document" certificate) and the
newer ``<article>`` one, several articles per file. Files are recognised and
decoded from their bytes (:data:`EUROPRESSE` has ``sniff_bytes`` and
``decode``): older pages declare ISO-8859-1 but hold UTF-8.

An article's :attr:`~newscore.Article.raw` is its text in document order
(headline, byline, body lines, separated by blank lines); every other field
goes to :attr:`~newscore.Article.meta`. See ``docs/formats/europresse.md``::

    >>> import newscore
    >>> articles = list(newscore.read("europresse_test2.html"))  # doctest: +SKIP
"""

from __future__ import annotations

import newscore
from newscore_europresse import _encoding, _reader, _sniff

__all__ = ["EUROPRESSE", "newscore_register_formats"]

__version__ = "0.1.0"

EUROPRESSE = newscore.Format(
    name=_reader.FORMAT_NAME,
    summary="Europresse (Cedrom-SNI) HTML exports, older table and newer <article> layouts",
    sniff=_sniff.sniff,
    read=_reader.read,
    extensions=(".html", ".htm"),
    sniff_bytes=_encoding.sniff_bytes,
    decode=_encoding.decode,
)
"""The ``europresse`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register ``europresse``."""
    registry.add(EUROPRESSE)
