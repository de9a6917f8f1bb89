"""newscore formats for news-agency feeds.

Each family of feed is a module of this package that exposes ``FORMATS``, the
:class:`newscore.Format` objects it offers; :func:`newscore_register_formats`
registers them all. Every markup format reads its fields straight from the
tree (lxml, :mod:`json`) and builds its articles with
:class:`newscore.toolkit.ArticleBuilder`; a body that opens with a dateline is
read by :func:`newscore.toolkit.apply_dateline`.
"""

from __future__ import annotations

import newscore
from newscore_wire import anpa, iptc7901, newsml1, newsml_g2, ninjs, nitf, ritzau, wenn

__all__ = ["FORMATS", "__version__", "newscore_register_formats"]

__version__ = "0.1.0"

FORMATS: tuple[newscore.Format, ...] = (
    *nitf.FORMATS,
    *ninjs.FORMATS,
    *newsml1.FORMATS,
    *newsml_g2.FORMATS,
    *anpa.FORMATS,
    *iptc7901.FORMATS,
    *ritzau.FORMATS,
    *wenn.FORMATS,
)
"""Every format this plugin offers."""


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register every format in :data:`FORMATS`."""
    for format_ in FORMATS:
        registry.add(format_)
