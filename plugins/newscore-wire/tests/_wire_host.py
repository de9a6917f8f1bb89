"""An isolated host with the built-in formats and this plugin's NITF and ninjs formats.

The tests of these formats do not depend on the plugin's other modules loading.
"""

from __future__ import annotations

import newscore
from newscore_wire import ninjs, nitf


class _Formats:
    @newscore.hookimpl
    def newscore_register_formats(self, registry: newscore.FormatRegistry) -> None:
        for fmt in (*nitf.FORMATS, *ninjs.FORMATS):
            registry.add(fmt)


def wire_host() -> newscore.PluginHost:
    """Return a host with the built-ins and ``nitf``, ``ninjs``, ``ap-media-api-json``."""
    return newscore.PluginHost(
        entry_points=False, plugins=[("wire", _Formats())], strict_plugins=True
    )
