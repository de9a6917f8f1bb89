r"""What ``newscore stats`` counts over a batch: what a user checks before trusting it.

:class:`BatchStats` takes articles one at a time (failure records
included) and keeps only counters, so a batch of any size is summarised in
constant memory per distinct file, format, problem code and speaker.

>>> import newscore
>>> stats = BatchStats()
>>> stats.add(newscore.parse("Foreign Minister Andrii Sybiha said the talks went well."))
>>> stats.documents, stats.statements, stats.missing["title"], stats.speakers["Andrii Sybiha"]
(1, 1, 1, 1)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newscore.model import UNREAD, Article

__all__ = ["MISSING_FIELDS", "BatchStats"]

MISSING_FIELDS = ("date", "title", "sources", "statements")
"""The fields whose absence is counted, in the order they are shown."""

_NO_ORIGIN = "<unknown>"
_LISTED_FILES = 20


@attrs.define
class BatchStats:
    """Counters over a batch of articles; :meth:`add` each one, then report.

    :param files: documents read per file, in the order files were first seen.
    :param failed: the problem code of each file that could not be read.
    :param formats: documents per format.
    :param missing: documents lacking each field of :data:`MISSING_FIELDS`.
    :param problems: problems by code, over every document and failure.
    :param speakers: statements per speaker name.
    """

    files: dict[str, int] = attrs.field(factory=dict)
    failed: dict[str, str] = attrs.field(factory=dict)
    formats: Counter[str] = attrs.field(factory=Counter)
    missing: Counter[str] = attrs.field(factory=lambda: Counter(dict.fromkeys(MISSING_FIELDS, 0)))
    problems: Counter[str] = attrs.field(factory=Counter)
    speakers: Counter[str] = attrs.field(factory=Counter)
    documents: int = 0
    """Documents (articles) read; failure records are not counted."""
    statements: int = 0
    """Statements over all documents."""
    entities: int = 0
    """Speakers (entities that the extractors found) over all documents."""
    sources: int = 0
    """Sources over all documents."""

    def expect(self, paths: Iterable[str]) -> None:
        """Note files that will be read, so that a file with no document is listed with 0."""
        for path in paths:
            self.files.setdefault(path, 0)

    def add(self, article: Article) -> None:
        """Count ``article``; a failure record (format ``unread``) counts as a failed file."""
        origin = _origin(article)
        self.problems.update(problem.code for problem in article.problems)
        if article.format == UNREAD:
            self.files.setdefault(origin, 0)
            self.failed[origin] = article.problems[0].code if article.problems else UNREAD
            return
        self.files[origin] = self.files.get(origin, 0) + 1
        self.documents += 1
        self.formats[article.format] += 1
        present = {
            "date": article.date is not None,
            "title": bool(article.title),
            "sources": bool(article.sources),
            "statements": bool(article.statements),
        }
        self.missing.update(field for field in MISSING_FIELDS if not present[field])
        self.statements += len(article.statements)
        self.entities += len(article.speakers)
        self.sources += len(article.sources)
        self.speakers.update(statement.speaker.name for statement in article.statements)

    def to_dict(self, *, top: int = 10) -> dict[str, Any]:
        """Return the counts as a JSON-ready object.

        :param top: how many of the most quoted speakers to list.
        """
        return {
            "files": len(self.files),
            "failed_files": len(self.failed),
            "documents": self.documents,
            "statements": self.statements,
            "speakers": self.entities,
            "sources": self.sources,
            "documents_per_file": dict(self.files),
            "failures": dict(self.failed),
            "documents_per_format": dict(sorted(self.formats.items())),
            "missing": {field: self.missing[field] for field in MISSING_FIELDS},
            "problems": dict(_ranked(self.problems)),
            "most_quoted": [
                {"speaker": name, "statements": count}
                for name, count in _ranked(self.speakers, top)
            ],
        }

    def text_lines(self, *, top: int = 10) -> Iterator[str]:
        """Yield the counts as lines of text for people, without line ends.

        :param top: how many of the most quoted speakers to list.
        """
        yield (
            f"{self.documents} documents from {len(self.files)} files"
            f" ({len(self.failed)} could not be read)"
        )
        yield (f"{self.statements} statements, {self.entities} speakers, {self.sources} sources")
        yield ""
        yield "documents per file:"
        yield from self._file_lines()
        yield ""
        yield "documents per format:"
        yield from _table(sorted(self.formats.items()))
        yield ""
        yield "documents missing:"
        yield from _table([(f"no {field}", self.missing[field]) for field in MISSING_FIELDS])
        yield ""
        yield "problems by code:"
        yield from _table(_ranked(self.problems)) if self.problems else iter(["  none"])
        yield ""
        yield f"most quoted speakers (top {top}):"
        quoted = _ranked(self.speakers, top)
        yield from _table(quoted) if quoted else iter(["  none"])

    def _file_lines(self) -> Iterator[str]:
        if len(self.files) <= _LISTED_FILES:
            rows = [(path, self._file_cell(path)) for path in self.files]
            yield from _table(rows)
            return
        counts = [count for path, count in self.files.items() if path not in self.failed]
        if counts:
            yield (
                f"  min {min(counts)}, median {statistics.median(counts):g}, max {max(counts)}"
                f" over {len(counts)} files read"
            )
        trouble = [(path, self._file_cell(path)) for path in self.files if self._troubled(path)]
        if trouble:
            yield "  files that could not be read or held no document:"
            yield from _table(trouble, indent="    ")

    def _troubled(self, path: str) -> bool:
        return path in self.failed or self.files[path] == 0

    def _file_cell(self, path: str) -> str:
        if path in self.failed:
            return f"failed [{self.failed[path]}]"
        return str(self.files[path])


def _origin(article: Article) -> str:
    provenance = article.provenance
    if provenance is None or provenance.origin is None:
        return _NO_ORIGIN
    return provenance.origin


def _ranked(counter: Counter[str], top: int | None = None) -> list[tuple[str, int]]:
    """Return the items by count, highest first, ties by name (not in order of first count)."""
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return ranked if top is None else ranked[:top]


def _table(rows: Iterable[tuple[str, int | str]], indent: str = "  ") -> Iterator[str]:
    listed = list(rows)
    width = max((len(name) for name, _ in listed), default=0)
    for name, value in listed:
        yield f"{indent}{name:<{width}}  {value}"
