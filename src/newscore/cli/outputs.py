"""What ``newscore parse --to`` writes: JSON Lines, JSON, CSV, Parquet, the summary, or a writer.

Every output has one shape whatever the input holds: ``jsonl`` writes one
object per line (none for no input), ``json`` one array (``[]`` for no
input), ``csv`` a header row and then one row per record, ``parquet`` one
file with the table's schema. Whole articles are written unless a table is
asked for; ``csv`` and ``parquet`` always write a table (``statements`` by
default). Any other name is an installed format's writer, with its variants
(``labelled+uk``).

The functions take an iterator of articles and consume it as they write, so
a batch of any size streams through.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

import newscore
from newscore.cli.summary import Paint, plain, summary_lines
from newscore.model import Article

__all__ = [
    "BINARY_OUTPUTS",
    "DEFAULT_TABLE",
    "OUTPUTS",
    "TABLES",
    "TABLE_OUTPUTS",
    "check_writer",
    "records",
    "write_json",
    "write_jsonl",
    "write_rendered",
    "write_summary",
]

OUTPUTS = ("jsonl", "json", "csv", "parquet", "summary")
"""The outputs built into the command; any other ``--to`` names a format's writer."""

TABLES = ("articles", "statements", "sources", "sections", "speakers")
"""The tables ``--table`` offers (see :data:`newscore.tables.TABLES`)."""

TABLE_OUTPUTS = ("csv", "parquet")
"""Outputs that always write a table."""

BINARY_OUTPUTS = ("parquet",)
"""Outputs that write bytes, never to a terminal."""

DEFAULT_TABLE = "statements"
"""The table :data:`TABLE_OUTPUTS` write when none is asked for."""


def check_writer(to: str) -> None:
    """Check that ``to`` names a format that can write, with variants it has.

    :raises newscore.FormatError: with a message naming what is on offer.
    """
    name, *variants = to.split("+")
    host = newscore.default_host()
    fmt = host.format(name)
    if fmt.write is None:
        writable = [n for n in host.formats() if host.format(n).write is not None]
        raise newscore.FormatError(
            f"format {name!r} cannot be written; formats that can: {', '.join(writable)}"
        )
    unknown = [variant for variant in variants if variant not in fmt.variants]
    if unknown:
        offered = ", ".join(fmt.variants) or "none"
        raise newscore.FormatError(
            f"format {name!r} has no variant {unknown[0]!r} (variants: {offered})"
        )


def records(articles: Iterable[Article], table: str | None) -> Iterator[str]:
    """Yield one line of JSON (without line end) per article, or per row of ``table``."""
    if table is None:
        for article in articles:
            yield newscore.to_json(article, indent=None)
        return
    for row in newscore.to_records(articles, table):
        yield json.dumps(row, ensure_ascii=False, default=_json_value)


def write_jsonl(articles: Iterable[Article], out: TextIO, table: str | None = None) -> int:
    """Write JSON Lines: one object per article (or row of ``table``); return how many."""
    count = 0
    for line in records(articles, table):
        out.write(line + "\n")
        count += 1
    return count


def write_json(articles: Iterable[Article], out: TextIO, table: str | None = None) -> int:
    """Write one JSON array of articles (or rows of ``table``), one element a line; return how many.

    The array is written as the articles come, so it is never held in memory.
    """
    count = 0
    for line in records(articles, table):
        out.write(("[\n" if count == 0 else ",\n") + line)
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def write_summary(articles: Iterable[Article], out: TextIO, paint: Paint = plain) -> int:
    """Write the readable summary of each article, a blank line between two; return how many."""
    count = 0
    for article in articles:
        if count:
            out.write("\n")
        for line in summary_lines(article, paint):
            out.write(line + "\n")
        count += 1
    return count


def write_rendered(articles: Iterable[Article], out: TextIO, to: str) -> int:
    """Write each article with the writer ``to`` (``"labelled+uk"``); return how many."""
    count = 0
    for article in articles:
        text = newscore.render(article, to)
        out.write(text if text.endswith("\n") else text + "\n")
        count += 1
    return count


def write_csv(articles: Iterable[Article], out: TextIO, table: str) -> int:
    """Write ``table`` as CSV (header row first); return how many rows."""
    return newscore.write_csv(articles, out, table=table)


def write_parquet(articles: Iterable[Article], target: str | BinaryIO, table: str) -> int:
    """Write ``table`` as Parquet to a path or binary file; return how many rows."""
    return newscore.write_parquet(articles, target, table=table)


def _json_value(value: object) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
