"""The host the tests read through: the built-in formats and this plugin, no entry point.

Other plugins installed beside this one (and their state) cannot change what
these tests see.
"""

from __future__ import annotations

import newscore

import newscore_reuters21578

HOST = newscore.PluginHost(entry_points=False, plugins=[("reuters21578", newscore_reuters21578)])
"""Built lazily: nothing is loaded until the first read."""
