"""Exceptions and warnings newscore raises.

Everything newscore raises on purpose derives from :class:`NewscoreError`;
every warning from :class:`NewscoreWarning`.
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "NewscoreError",
    "NewscoreWarning",
    "ParseError",
    "PluginCrashError",
    "PluginError",
    "PluginWarning",
    "excerpt",
    "position_of",
]

_EXCERPT_LENGTH = 40


def position_of(text: str, offset: int) -> tuple[int, int]:
    r"""Return the 1-based ``(line, column)`` of ``offset`` in ``text``.

    ``\r\n``, ``\r`` and ``\n`` each end a line.

    >>> position_of("ab\ncd", 4)
    (2, 2)
    """
    offset = max(0, min(offset, len(text)))
    head = text[:offset]
    line_start = max(head.rfind("\n"), head.rfind("\r")) + 1
    lines = head.count("\n") + head.count("\r") - head.count("\r\n")
    return lines + 1, offset - line_start + 1


def excerpt(text: str, start: int, end: int | None = None) -> str:
    """Return a short, one-line excerpt of ``text`` from ``start`` for messages."""
    stop = min(len(text), start + _EXCERPT_LENGTH if end is None else end)
    piece = " ".join(text[start:stop].split())
    if len(piece) > _EXCERPT_LENGTH:
        piece = piece[: _EXCERPT_LENGTH - 1] + "…"
    return piece


class NewscoreError(Exception):
    """Base class of every error newscore raises on purpose."""


class ParseError(NewscoreError, ValueError):
    """Text could not be read in strict mode, or is not what its format expects.

    :param message: the reason, quoting at most a short excerpt.
    :param code: a stable dotted identifier such as ``"labelled.invalid-date"``.
    :param line: 1-based line of the offending text.
    :param column: 1-based column of the offending text.

    ``str(error)`` reads ``"line 3, column 7: <message> [<code>]"``.
    """

    def __init__(self, message: str, *, code: str, line: int = 1, column: int = 1) -> None:
        self.message = message
        self.code = code
        self.line = line
        self.column = column
        super().__init__(f"line {line}, column {column}: {message} [{code}]")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.message, self.code, self.line, self.column))

    @classmethod
    def at(cls, text: str, offset: int, message: str, *, code: str) -> ParseError:
        """Build an error located at character ``offset`` of ``text``."""
        line, column = position_of(text, offset)
        return cls(message, code=code, line=line, column=column)


def _rebuild_parse_error(message: str, code: str, line: int, column: int) -> ParseError:
    return ParseError(message, code=code, line=line, column=column)


class PluginCrashError(ParseError):
    """A format's code raised something other than :class:`ParseError` (strict mode).

    Its :attr:`code` is ``"plugin.crashed"``; the original exception is chained
    as ``__cause__``.

    :param message: what crashed, with the original exception's type and text.
    :param plugin: the name of the plugin whose format crashed.
    :param line: 1-based line of the input the format had reached.
    :param column: 1-based column there.
    """

    def __init__(self, message: str, *, plugin: str, line: int = 1, column: int = 1) -> None:
        self.plugin = plugin
        super().__init__(message, code="plugin.crashed", line=line, column=column)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_crash_error, (self.message, self.plugin, self.line, self.column))


def _rebuild_crash_error(message: str, plugin: str, line: int, column: int) -> PluginCrashError:
    return PluginCrashError(message, plugin=plugin, line=line, column=column)


class FormatError(NewscoreError, LookupError):
    """A format name is unknown, a variant is not offered, or a format cannot write."""


class PluginError(NewscoreError):
    """A plugin failed to load or registered something invalid.

    :param message: what went wrong.
    :param plugin: the name of the plugin at fault.
    """

    def __init__(self, message: str, *, plugin: str) -> None:
        self.message = message
        self.plugin = plugin
        super().__init__(f"plugin {plugin!r}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_plugin_error, (self.message, self.plugin))


def _rebuild_plugin_error(message: str, plugin: str) -> PluginError:
    return PluginError(message, plugin=plugin)


class NewscoreWarning(UserWarning):
    """Base class of every warning newscore issues."""


class PluginWarning(NewscoreWarning):
    """A plugin failed to load and was skipped."""
