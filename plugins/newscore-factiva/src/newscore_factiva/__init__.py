"""newscore plugin for Dow Jones Factiva exports.

Two formats, both read straight from the markup tree with lxml, one article
element at a time (so exports of any length stream):

``factiva-xml``
    Factiva XML (``PPSResponse`` / ``ppsarticle``, namespace
    ``http://global.factiva.com/pps/2.0``); can be written.
``factiva-html``
    Factiva HTML exports, in the field-code table layout and in the newer
    class-less layout, in any interface language; also text pasted in the
    field-code layout (``HD ...`` / ``PD ...`` lines).

An article's :attr:`~newscore.Article.raw` is its text in document order
(headline, bylines, lead and body paragraphs, separated by blank lines); every
other field goes to :attr:`~newscore.Article.meta`. See ``docs/formats/factiva.md``::

    >>> import newscore
    >>> articles = list(newscore.read("factiva_test.xml"))  # doctest: +SKIP
"""

from __future__ import annotations

import newscore
from newscore_factiva import _html, _write, _xml

__all__ = ["FACTIVA_HTML", "FACTIVA_XML", "newscore_register_formats"]

__version__ = "0.2.0"

FACTIVA_XML = newscore.Format(
    name="factiva-xml",
    summary="Factiva XML exports (PPSResponse / ppsarticle), one article per ppsarticle",
    sniff=_xml.sniff,
    read=_xml.read,
    write=_write.write,
    extensions=(".xml",),
)
"""The ``factiva-xml`` format."""

FACTIVA_HTML = newscore.Format(
    name="factiva-html",
    summary="Factiva HTML exports (field-code table or class-less layout) and field-code text",
    sniff=_html.sniff,
    read=_html.read,
    extensions=(".html", ".htm"),
)
"""The ``factiva-html`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register ``factiva-xml`` and ``factiva-html``."""
    registry.add(FACTIVA_XML)
    registry.add(FACTIVA_HTML)
