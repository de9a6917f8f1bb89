"""newscore plugin for Dow Jones Factiva exports.

Two formats:

``factiva-xml``
    Factiva XML (``PPSResponse`` / ``ppsarticle``, namespace
    ``http://global.factiva.com/pps/2.0``); can be written.
``factiva-html``
    Factiva HTML exports, in the field-code table layout and in the newer
    class-less layout, in any interface language; also text pasted in the
    field-code layout (``HD ...`` / ``PD ...`` lines).

Both cut an export into articles with lxml as the lines come in, and render
each article in Factiva's field-code layout; that text becomes
:attr:`newscore.Article.raw`, and one shared reader
(:func:`newscore_factiva._fields.parse_fields`) reads it, so every span points
into it::

    >>> import newscore
    >>> articles = list(newscore.read("factiva_test.xml"))  # doctest: +SKIP
"""

from __future__ import annotations

import io

import attrs

import newscore
from newscore_factiva import _html, _xml
from newscore_factiva._fields import UNREADABLE, parse_fields, unreadable_article

__all__ = ["FACTIVA_HTML", "FACTIVA_XML", "newscore_register_formats", "parse"]

__version__ = "0.1.0"


def parse(text: str, options: newscore.ReadOptions, format_name: str) -> newscore.Article:
    """Read one article for either format; the shared reader behind both.

    ``text`` is normally a chunk rendered by a format's ``split``. Text the
    splitter could not read (marked in ``options.context``) is kept whole with a
    ``factiva.unreadable`` problem. Given a whole export instead (XML or HTML
    markup, as ``newscore.parse`` passes it), the export is split first and its
    first article read: ``article.raw`` is then that article's rendering, not the
    markup, and a ``factiva.first-of-many`` problem counts the articles skipped.
    """
    unreadable = options.context.get(UNREADABLE)
    if isinstance(unreadable, str):
        return unreadable_article(text, format_name, unreadable)
    recovered = options.context.get(_xml.RECOVERED)
    if _xml.sniff(text[:65536]) or (_html.sniff(text[:65536]) > 0.95):
        return _first_of_export(text, options, format_name)
    article = parse_fields(text, options, format_name)
    if isinstance(recovered, str):
        problem = newscore.Problem(
            code="factiva.recovered",
            message=f"read back from broken XML ({recovered}); fields may be missing",
            severity="warning",
        )
        return attrs.evolve(article, problems=(problem, *article.problems))
    return article


def _first_of_export(
    text: str, options: newscore.ReadOptions, format_name: str
) -> newscore.Article:
    splitter = _xml.split if _xml.sniff(text[:65536]) else _html.split
    chunks = splitter(io.StringIO(text, newline=""))
    first = next(chunks, None)
    if first is None:
        return unreadable_article(text, format_name, "no Factiva article found in this export")
    more = sum(1 for _ in chunks)
    first_options = attrs.evolve(options, context=dict(first.context))
    article = parse(first.text, first_options, format_name)
    if not more:
        return article
    problem = newscore.Problem(
        code="factiva.first-of-many",
        message=f"this export holds {more + 1} articles; only the first was read"
        " (use newscore.read to read them all)",
        severity="info",
    )
    return attrs.evolve(article, problems=(*article.problems, problem))


def _parse_xml(text: str, options: newscore.ReadOptions) -> newscore.Article:
    return parse(text, options, "factiva-xml")


def _parse_html(text: str, options: newscore.ReadOptions) -> newscore.Article:
    return parse(text, options, "factiva-html")


FACTIVA_XML = newscore.Format(
    name="factiva-xml",
    summary="Factiva XML exports (PPSResponse / ppsarticle), one article per ppsarticle",
    sniff=_xml.sniff,
    parse=_parse_xml,
    split=_xml.split,
    write=_xml.write,
    extensions=(".xml",),
)
"""The ``factiva-xml`` format."""

FACTIVA_HTML = newscore.Format(
    name="factiva-html",
    summary="Factiva HTML exports (field-code table or class-less layout) and field-code text",
    sniff=_html.sniff,
    parse=_parse_html,
    split=_html.split,
    extensions=(".html", ".htm"),
)
"""The ``factiva-html`` format."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register ``factiva-xml`` and ``factiva-html``."""
    registry.add(FACTIVA_XML)
    registry.add(FACTIVA_HTML)
