"""The plugin contract: every hook a newscore plugin can implement.

A plugin is a module (or any object) exposed under the ``newscore``
entry-point group, whose functions are marked with :data:`hookimpl`::

    # pyproject.toml of your plugin
    [project.entry-points.newscore]
    myfeed = "newscore_myfeed"

    # newscore_myfeed.py
    import newscore

    @newscore.hookimpl
    def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
        registry.add(newscore.Format(name="myfeed", summary="...", sniff=..., parse=...))

Hooks follow the *register* pattern: a plugin hands the host values once,
and the host calls those values directly afterwards, so every failure is
attributed to the plugin that caused it. The formats built into newscore
register through the very same hook.
"""

from __future__ import annotations

import pluggy

from newscore.registry import FormatRegistry

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec", "newscore_register_formats"]

PROJECT_NAME = "newscore"
"""The pluggy project name, and the entry-point group plugins are found in."""

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
"""Marks a function in this module as a hook specification."""

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
"""Marks a plugin's function as the implementation of a newscore hook."""


@hookspec
def newscore_register_formats(registry: FormatRegistry) -> None:
    """Register the formats this plugin provides.

    **When called:** once per plugin, the first time anything needs the list
    of formats (``newscore.parse``, ``detect``, ``formats``...), after all
    plugins are loaded. Never at import time.

    **Arguments:** ``registry``, a :class:`~newscore.FormatRegistry` that
    records the calling plugin as the registrant. Call
    :meth:`registry.add(format) <newscore.FormatRegistry.add>` once per
    :class:`~newscore.Format`.

    **Returns:** nothing; return values are ignored.

    **Errors:** if the hook raises, or registers a name another plugin already
    took, the plugin's failure is recorded (``newscore plugins`` lists it), a
    :class:`~newscore.PluginWarning` is issued, and the plugin's formats are
    skipped; with ``NEWSCORE_STRICT_PLUGINS=1`` the error is raised instead.
    Built-in formats are registered first, so a plugin cannot shadow them.

    **Example:**

    .. code-block:: python

        @newscore.hookimpl
        def newscore_register_formats(registry):
            registry.add(
                newscore.Format(
                    name="myfeed",
                    summary="My agency's feed",
                    sniff=lambda text: 0.95 if text.startswith("MYFEED") else 0.0,
                    parse=parse_myfeed,
                )
            )
    """
