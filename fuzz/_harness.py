"""What every newscore fuzz harness shares: the input's first byte chooses how to read.

A harness gets bytes from atheris. The first byte picks the format (detected,
or one of :func:`newscore.formats` forced), strict or lenient mode, and whether
extraction runs; the rest is the input. :func:`check` runs the read and lets
through only the documented exceptions: :class:`newscore.ParseError` in strict
mode. Any other exception propagates, and atheris reports it as a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import newscore

FORMATS: tuple[str | None, ...] = (None, *newscore.formats())
"""The formats chosen from: ``None`` lets the host detect one."""


def choose(data: bytes) -> tuple[str | None, bool, bool, bytes]:
    """Split ``data`` into (format, strict, extract, input) from its first byte."""
    if not data:
        return None, False, False, b""
    selector = data[0]
    fmt = FORMATS[(selector >> 2) % len(FORMATS)]
    return fmt, bool(selector & 1), bool(selector & 2), data[1:]


def check(read: Callable[[], Iterable[newscore.Article]], *, strict: bool) -> int:
    """Consume the articles ``read`` gives; return how many; only strict may raise ParseError.

    :raises Exception: anything undocumented, which is a bug for atheris to report.
    """
    try:
        articles = list(read())
    except newscore.ParseError as error:
        if not strict or isinstance(error, newscore.PluginCrashError):
            raise
        if not error.code or error.line < 1 or error.column < 1:
            raise AssertionError(f"ParseError without a location or code: {error!r}") from error
        return 0
    for article in articles:
        if not isinstance(article, newscore.Article):
            raise AssertionError(f"read gave {type(article).__name__}")
    return len(articles)
