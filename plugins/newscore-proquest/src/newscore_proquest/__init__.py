"""newscore plugin for ProQuest newspaper-database exports.

Two formats, both read from the markup tree (lxml):

``proquest``
    The HTML results page ("Export" / "Save as HTML"): one record per
    ``DocID_...`` anchor, with its labelled fields (Author, Publication info,
    Abstract, Full text, Subject, ISSN, ProQuest document ID...).
``proquest-eml``
    The same page delivered as an "email results" MIME message
    (quoted-printable HTML), recognised and decoded from its bytes.

An article's :attr:`~newscore.Article.raw` is its text in document order
(title, author, abstract, full text paragraphs, separated by blank lines);
every other field goes to :attr:`~newscore.Article.meta`. See
``docs/formats/proquest.md``::

    >>> import newscore
    >>> articles = list(newscore.read("sample-1.html"))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import newscore
from newscore_proquest import _eml, _html

__all__ = ["PROQUEST", "PROQUEST_EML", "newscore_register_formats"]

__version__ = "0.1.0"


def _read_page(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    return _html.read_html(lines, options, "proquest")


PROQUEST = newscore.Format(
    name="proquest",
    summary="ProQuest newspaper-database HTML exports, one article per record",
    sniff=_html.sniff,
    read=_read_page,
    extensions=(".html", ".htm"),
)
"""The ``proquest`` format."""

PROQUEST_EML = newscore.Format(
    name=_eml.FORMAT_NAME,
    summary='ProQuest "email results" MIME messages holding the HTML results page',
    sniff=_eml.sniff,
    read=_eml.read,
    extensions=(".eml",),
    sniff_bytes=_eml.sniff_bytes,
    decode=_eml.decode,
)
"""The ``proquest-eml`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register ``proquest`` and ``proquest-eml``."""
    registry.add(PROQUEST)
    registry.add(PROQUEST_EML)
