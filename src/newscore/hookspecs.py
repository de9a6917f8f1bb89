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

from newscore.registry import ExtractorRegistry, FormatRegistry

__all__ = [
    "PROJECT_NAME",
    "hookimpl",
    "hookspec",
    "newscore_register_extractors",
    "newscore_register_formats",
]

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


@hookspec
def newscore_register_extractors(registry: ExtractorRegistry) -> None:
    """Register the extractors this plugin provides.

    An extractor finds statements ("who said what") and sources in articles
    of the languages it reads, whatever format they were read from. Use it to
    add a language, or rules for a register of text newscore does not know.

    **When called:** once per plugin, the first time anything needs the
    extractors (the first ``newscore.parse`` or ``newscore.read`` with
    extraction on), after all plugins are loaded. Never at import time.

    **Arguments:** ``registry``, an :class:`~newscore.ExtractorRegistry` that
    records the calling plugin as the registrant. Call
    :meth:`registry.add(extractor) <newscore.ExtractorRegistry.add>` once per
    :class:`~newscore.Extractor`.

    **Returns:** nothing; return values are ignored.

    **How extractors run:** after a format has read an article, the host
    tells its language (``article.meta["language"]``, ``"en"``, ``"uk"``,
    ``"ru"`` or ``None``) and calls, in name order, every extractor whose
    :attr:`~newscore.Extractor.languages` include it. Their statements are
    merged in text order, their sources added to the article's, and a crash
    is recorded as a problem ``plugin.extractor-crashed`` (raised as
    :class:`~newscore.PluginError` with ``NEWSCORE_STRICT_PLUGINS=1``).

    **Errors:** as for :func:`newscore_register_formats`.

    **Example:**

    .. code-block:: python

        @newscore.hookimpl
        def newscore_register_extractors(registry):
            registry.add(
                newscore.Extractor(
                    name="pl-cues",
                    summary="Polish reporting verbs",
                    languages=("pl",),
                    extract=extract_polish,
                )
            )
    """
