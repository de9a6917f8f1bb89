"""The ``iptc-7901`` format: IPTC 7901 text feeds (dpa), one article per transmission.

Each take, from SOH to EOT, becomes one article whose raw text is the take
as transmitted (control bytes included; no value holds one). The header line
and the keyword line go to ``meta``, flag lines (REFILE, 1ST LEAD) to
``meta["version"]``, the headline is the title, and the story's first
paragraph is the lead, read for its dateline ("Berlin (dpa) -"). See
``docs/formats/iptc7901.md``.
"""

from __future__ import annotations

import newscore
from newscore_wire import _iptc
from newscore_wire._control_split import split_transmissions

__all__ = ["FORMATS", "IPTC_7901"]

IPTC_7901 = newscore.Format(
    name=_iptc.FORMAT_NAME,
    summary="IPTC 7901 text feeds (dpa; SOH header ... EOT), one article per take",
    sniff=_iptc.sniff,
    sniff_bytes=_iptc.sniff_bytes,
    parse=_iptc.parse,
    split=split_transmissions,
    extensions=(".7901", ".ipt"),
)
"""The ``iptc-7901`` format."""

FORMATS: tuple[newscore.Format, ...] = (IPTC_7901,)
"""The formats of this module."""
