"""One run of ``newscore`` over its inputs: the articles, with troubles reported as they pass.

:class:`Batch` sits between :func:`~newscore.cli.inputs.read_inputs` and
an output. Every article goes through it, in order: the progress line counts
it, failure records and decoding troubles are reported on standard error,
and the files that gave something are remembered so that ``--strict`` can
report an input that holds no clipping.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from typing import TextIO

import newscore
from newscore.cli.inputs import STDIN, STDIN_NAME, ReadSettings, Stdin, read_inputs
from newscore.cli.progress import Progress
from newscore.cli.reports import Reporter
from newscore.model import Article

__all__ = ["Batch"]


class Batch:
    """The articles of ``paths`` read with ``settings``, reported on ``errors``.

    :param paths: the command's path arguments (``["-"]`` for standard input).
    :param settings: how to read them.
    :param errors: standard error.
    :param progress: draw the progress line on ``errors`` (when it is a
        terminal and there is more than one file).
    """

    def __init__(
        self, paths: Sequence[str], settings: ReadSettings, errors: TextIO, *, progress: bool
    ) -> None:
        self._paths = list(paths)
        self._settings = settings
        self._stdin = Stdin() if self._paths == [STDIN] else None
        self.files = (
            [STDIN_NAME]
            if self._stdin is not None
            else [str(p) for p in newscore.expand_paths(paths)]
        )
        """The inputs read, in order."""
        self.reporter = Reporter(errors, encoding=settings.encoding, default_origin=STDIN_NAME)
        """Reports the troubles, and counts them."""
        self._progress = (
            Progress(errors, len(self.files)) if progress and len(self.files) > 1 else None
        )
        if self._progress is not None:
            self.reporter.before_report = self._progress.close
        if self._stdin is not None:
            self.reporter.stdin_head = self._stdin.head
        self._seen: set[str] = set()
        self._stopped = False

    def articles(self) -> Generator[Article, None, None]:
        """Yield every article read, failure records included, reporting troubles as they pass.

        In ``--strict`` mode a :class:`~newscore.ParseError` or :class:`OSError`
        is reported and ends the run; the iterator then stops.
        """
        source = self._read()
        if self._progress is not None:
            source = self._progress.watch(source)
        for article in source:
            origin = article.provenance.origin if article.provenance is not None else None
            if origin is not None:
                self._seen.add(origin)
            self.reporter.check(article)
            yield article
        if self._settings.strict and not self._stopped:
            for path in self.files:
                if path not in self._seen:
                    self.reporter.empty(path)

    def _read(self) -> Iterator[Article]:
        try:
            # The files expanded once, here: the progress line and --strict count the same.
            paths = self._paths if self._stdin is not None else self.files
            yield from read_inputs(paths, self._settings, self._stdin)
        except newscore.ParseError as error:
            self._stopped = True
            self.reporter.parse_error(error, self._origin_of(error.message))
        except OSError as error:
            self._stopped = True
            path = error.filename if isinstance(error.filename, str) else self.files[0]
            self.reporter.os_error(path, error)

    def _origin_of(self, message: str) -> str:
        if self._stdin is not None:
            return STDIN_NAME
        named = [path for path in self.files if message.startswith(f"{path}: ")]
        return max(named, key=len) if named else self.files[0]

    @property
    def exit_status(self) -> int:
        """0 when everything was read, 1 when any trouble was reported."""
        return 1 if self.reporter.failures else 0
