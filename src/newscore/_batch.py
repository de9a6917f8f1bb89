"""Reading many files at once: path expansion, failure records and the process pool."""

from __future__ import annotations

import concurrent.futures
import datetime
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from newscore._host import default_host
from newscore.errors import ParseError
from newscore.model import UNREAD, Article, Problem, Provenance

__all__ = ["expand_paths", "failure_record", "read_many"]

PathArgument = str | os.PathLike[str]
"""One path given to :func:`read_many`: a file, a folder or a glob pattern."""

_GLOB_MAGIC = frozenset("*?[")
_TASK_BYTES = 64 * 1024
"""Small files are sent to a worker together, up to about this many bytes a task."""
_TASK_FILES = 16
_TASKS_PER_WORKER = 8
"""Tasks in flight per worker: enough that no worker waits while the oldest task,
whose articles come first, is still being read."""
_STREAMED_BYTES = 32 * 1024 * 1024
"""Files at least this large are read in the calling process, article by article,
so that no worker sends back a whole export at once."""


@attrs.frozen(kw_only=True)
class _Reading:
    """What every file of a batch is read with; sent to the workers."""

    format: str | None
    strict: bool
    encoding: str | None
    reference_date: datetime.date | None
    extract: bool
    format_options: Mapping[str, str] = attrs.field(factory=dict)


def expand_paths(paths: PathArgument | Iterable[PathArgument]) -> list[Path]:
    """Return the files :func:`read_many` reads for ``paths``, in the order it reads them.

    A folder gives every file under it, recursively, sorted, leaving out names
    that start with a dot. A pattern with ``*``, ``?`` or ``[`` is a glob
    (``**`` recurses). A path that names nothing is kept, so that reading it
    reports it. A file named twice is read once.
    """
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    found: list[Path] = []
    for item in given:
        text = os.fspath(item)
        path = Path(text)
        if path.is_dir():
            found.extend(_files_under(path))
        elif not path.exists() and _GLOB_MAGIC.intersection(text):
            for match in sorted(_glob(text)):
                found.extend(_files_under(match) if match.is_dir() else [match])
        else:
            found.append(path)
    seen: set[Path] = set()
    unique: list[Path] = []
    for path in found:
        key = path.resolve() if path.exists() else path
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _glob(pattern: str) -> Iterator[Path]:
    path = Path(pattern)
    anchor = Path(path.anchor) if path.is_absolute() else Path()
    relative = str(path.relative_to(anchor)) if path.is_absolute() else pattern
    return (match for match in anchor.glob(relative) if not _hidden(match.relative_to(anchor)))


def _hidden(path: Path) -> bool:
    return any(part.startswith(".") and part not in {".", ".."} for part in path.parts)


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not _hidden(path.relative_to(folder))
    )


def failure_record(path: PathArgument, code: str, reason: str, *, line: int = 1) -> Article:
    """Return the article that stands for a file that could not be read.

    Its :attr:`~newscore.Article.format` is :data:`~newscore.UNREAD`, its text
    is empty, and its one problem (of severity ``error``) names the file,
    the line and the reason: ``"PATH:LINE: reason"``.
    """
    name = os.fspath(path)
    problem = Problem(code=code, message=f"{name}:{line}: {reason}", severity="error")
    return Article(
        raw="", format=UNREAD, problems=(problem,), provenance=Provenance(origin=name, line=line)
    )


def _read_file(path: Path, reading: _Reading) -> Iterator[Article]:
    """Read one file lazily; its failure, in lenient mode, is one failure record."""
    if not path.exists():
        if reading.strict:
            raise FileNotFoundError(2, "no such file", str(path))
        yield failure_record(path, "read.missing", "no such file or folder")
        return
    articles = default_host().read(
        path,
        format=reading.format,
        strict=reading.strict,
        reference_date=reading.reference_date,
        encoding=reading.encoding,
        extract=reading.extract,
        format_options=reading.format_options,
    )
    try:
        for article in articles:
            if article.format == UNREAD and article.problems:
                problem = article.problems[0]
                yield failure_record(path, problem.code, problem.message)
            else:
                yield article
    except OSError as error:
        if reading.strict:
            raise
        yield failure_record(path, "read.unreadable", error.strerror or str(error))
    except LookupError as error:  # an unknown encoding
        if reading.strict:
            raise
        yield failure_record(path, "read.encoding", str(error.args[0] if error.args else error))
    except ParseError as error:  # raised only in strict mode
        raise ParseError(
            f"{path}: {error.message}", code=error.code, line=error.line, column=error.column
        ) from error


def _read_files(paths: list[Path], reading: _Reading) -> list[Article]:
    """Read the files of one task, in a worker process."""
    return [article for path in paths for article in _read_file(path, reading)]


def _warm_up() -> None:
    """Build the worker's plugin host and compile its patterns once, before any task."""
    default_host().parse("date 2025-08-30 Kyiv said so.\n\nSource: Reuters")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _tasks(files: list[Path]) -> Iterator[list[Path]]:
    """Group the files into tasks: small ones together, each large one alone."""
    group: list[Path] = []
    weight = 0
    for path in files:
        size = _size(path)
        if size >= _STREAMED_BYTES:
            if group:
                yield group
                group, weight = [], 0
            yield [path]
            continue
        group.append(path)
        weight += size
        if weight >= _TASK_BYTES or len(group) >= _TASK_FILES:
            yield group
            group, weight = [], 0
    if group:
        yield group


def read_many(
    paths: PathArgument | Iterable[PathArgument],
    *,
    workers: int | None = None,
    format: str | None = None,
    strict: bool = False,
    ordered: bool = True,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    extract: bool = True,
    format_options: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read every clipping in many files, in parallel across processes.

    :param paths: files, folders (read recursively) and glob patterns; see
        :func:`expand_paths`.
    :param workers: processes to read with; ``None`` uses every core, and
        ``1`` reads in this process.
    :param format: the format of every file; ``None`` detects it per file.
    :param strict: raise on the first failure or doubtful text, as
        :func:`newscore.read` does (a :class:`~newscore.ParseError` naming the
        file, or the :class:`OSError` of a file that cannot be opened); a file
        that names nothing raises :class:`FileNotFoundError`.
    :param ordered: give the articles in the order of the files (and, within
        a file, of the text); ``False`` gives each task's articles as soon as
        they are read.
    :param encoding: as for :func:`newscore.read`.
    :param reference_date: as for :func:`newscore.read`.
    :param extract: as for :func:`newscore.read`.
    :param format_options: as for :func:`newscore.read`.
    :returns: an iterator of articles, each with its provenance. In lenient
        mode a file that cannot be read gives one *failure record* (see
        :func:`failure_record`) and the rest go on. At most a few tasks per
        worker are in flight, so memory stays bounded however many files
        there are; files of 32 MiB or more are read in this process, article
        by article.
    :raises ValueError: if ``workers`` is less than 1.

    Each worker builds its own plugin host and compiles the patterns once.
    Where processes are started by spawning (Windows, macOS), call it under
    ``if __name__ == "__main__":``.
    """
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    reading = _Reading(
        format=format,
        strict=strict,
        encoding=encoding,
        reference_date=reference_date,
        extract=extract,
        format_options=dict(format_options or {}),
    )
    return _read_many(expand_paths(paths), reading, count, ordered=ordered)


def _read_many(
    files: list[Path], reading: _Reading, workers: int, *, ordered: bool
) -> Iterator[Article]:
    if workers == 1 or len(files) <= 1:
        for path in files:
            yield from _read_file(path, reading)
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)
    try:
        yield from _pooled(
            pool, _tasks(files), reading, workers * _TASKS_PER_WORKER, ordered=ordered
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pooled(
    pool: concurrent.futures.ProcessPoolExecutor,
    tasks: Iterator[list[Path]],
    reading: _Reading,
    window: int,
    *,
    ordered: bool,
) -> Iterator[Article]:
    """Run the tasks with at most ``window`` in flight; large files stream here instead."""
    pending: deque[concurrent.futures.Future[list[Article]] | Path] = deque()
    tasks = iter(tasks)

    def refill() -> None:
        while sum(isinstance(item, concurrent.futures.Future) for item in pending) < window:
            task = next(tasks, None)
            if task is None:
                return
            if len(task) == 1 and _size(task[0]) >= _STREAMED_BYTES:
                pending.append(task[0])
            else:
                pending.append(pool.submit(_read_files, task, reading))

    refill()
    while pending:
        if not ordered:
            done = next((item for item in pending if _finished(item)), None)
            if done is not None:
                pending.remove(done)
                yield from _results(done, reading)
                refill()
                continue
            futures = [item for item in pending if isinstance(item, concurrent.futures.Future)]
            if futures and len(futures) == len(pending):
                concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)
                continue
        item = pending.popleft()
        refill()
        yield from _results(item, reading)
        refill()


def _finished(item: concurrent.futures.Future[list[Article]] | Path) -> bool:
    return isinstance(item, concurrent.futures.Future) and item.done()


def _results(
    item: concurrent.futures.Future[list[Article]] | Path, reading: _Reading
) -> Iterator[Article]:
    if isinstance(item, Path):
        yield from _read_file(item, reading)
    else:
        yield from item.result()
