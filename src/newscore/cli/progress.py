"""The progress line ``newscore`` keeps on a terminal's standard error during a batch.

It reads ``files 12/40 · articles 1830 · 152.3/s · ETA 0:00:18``
and is redrawn in place at most ten times a second. The command shows it only
when standard error is a terminal and there is more than one file; piped,
nothing is written.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from newscore.model import Article

__all__ = ["Progress", "progress_text"]

_INTERVAL = 0.1


def progress_text(files_done: int, files: int, articles: int, elapsed: float) -> str:
    """Return the progress line for the counts so far (``elapsed`` in seconds).

    >>> progress_text(10, 40, 500, 5.0)
    'files 10/40 · articles 500 · 100.0/s · ETA 0:00:15'
    """
    rate = articles / elapsed if elapsed > 0 else 0.0
    text = f"files {files_done}/{files} · articles {articles} · {rate:.1f}/s"
    if 0 < files_done < files and elapsed > 0:
        left = elapsed * (files - files_done) / files_done
        text += f" · ETA {datetime.timedelta(seconds=round(left))}"
    return text


class Progress:
    """Counts articles and files as they pass and redraws the progress line on ``stream``.

    A file counts as done when an article of a later file arrives (``read_many``
    yields in file order), and every file when the batch ends.

    :param stream: the terminal to draw on.
    :param files: how many files the batch reads.
    :param clock: the time in seconds; :func:`time.monotonic` by default.
    """

    def __init__(
        self, stream: TextIO, files: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream
        self._files = files
        self._clock = clock
        self._start = clock()
        self._drawn_at: float | None = None
        self._width = 0
        self._origin: str | None = None
        self.files_done = 0
        """Files finished so far."""
        self.articles = 0
        """Articles (and failure records) seen so far."""

    def watch(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Yield ``articles`` unchanged, counting each; clear the line at the end."""
        try:
            for article in articles:
                self.count(article)
                yield article
            self.files_done = self._files
        finally:
            self.close()

    def count(self, article: Article) -> None:
        """Count one article and redraw the line if it is due."""
        origin = article.provenance.origin if article.provenance is not None else None
        if origin != self._origin:
            if self._origin is not None:
                self.files_done = min(self._files, self.files_done + 1)
            self._origin = origin
        self.articles += 1
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= _INTERVAL:
            self._draw(now)

    def _draw(self, now: float) -> None:
        text = progress_text(self.files_done, self._files, self.articles, now - self._start)
        padding = " " * max(0, self._width - len(text))
        self._stream.write(f"\r{text}{padding}")
        self._stream.flush()
        self._width = len(text)
        self._drawn_at = now

    def close(self) -> None:
        """Erase the line, leaving the terminal as it was."""
        if self._drawn_at is not None:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._drawn_at = None
