"""The ``anpa-1312`` format: AP's ANPA-1312 wire takes, one article per transmission.

Each take, from SOH to EOT, becomes one article whose raw text is the take
as transmitted (control bytes included; no value holds one). The headline is
the title, the slug line and ``^`` header lines go to ``meta`` and furniture,
and the story's first paragraph is the lead, read for its dateline
("BUENOS AIRES, Argentina (AP) _"). See ``docs/formats/anpa.md``.
"""

from __future__ import annotations

import newscore
from newscore_wire import _anpa
from newscore_wire._control_split import split_transmissions

__all__ = ["ANPA_1312", "FORMATS"]

ANPA_1312 = newscore.Format(
    name=_anpa.FORMAT_NAME,
    summary="AP ANPA-1312 wire takes (SYN SYN SOH ... EOT), one article per take",
    sniff=_anpa.sniff,
    sniff_bytes=_anpa.sniff_bytes,
    parse=_anpa.parse,
    split=split_transmissions,
    extensions=(".tst", ".anpa"),
)
"""The ``anpa-1312`` format."""

FORMATS: tuple[newscore.Format, ...] = (ANPA_1312,)
"""The formats of this module."""
