r"""newscore: turn news clippings into structured, verifiable records.

>>> import newscore
>>> article = newscore.parse("date 2025-08-30 Kyiv said so.\n\nSource: Reuters")
>>> article.format, article.date.isoformat(), [s.kind for s in article.sections]
('labelled', '2025-08-30', ['lead', 'source'])

The functions here use a :class:`PluginHost` built on first use; importing
newscore loads no plugin.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator, Mapping
from typing import IO, BinaryIO

from newscore._batch import expand_paths, read_many
from newscore._host import SNIFF_LENGTH, Detection, PluginHost, PluginInfo, default_host
from newscore.errors import (
    FormatError,
    NewscoreError,
    NewscoreWarning,
    ParseError,
    PluginCrashError,
    PluginError,
    PluginWarning,
)
from newscore.hookspecs import hookimpl
from newscore.identity import identify
from newscore.model import (
    UNREAD,
    Article,
    Entity,
    EntityKind,
    Meta,
    MetaValue,
    Problem,
    Provenance,
    Resolution,
    Section,
    Severity,
    Source,
    Span,
    Speaker,
    Statement,
)
from newscore.registry import (
    ANY_LANGUAGE,
    Chunk,
    Extraction,
    Extractor,
    ExtractorRegistry,
    Format,
    FormatRegistry,
    ReadOptions,
    WriteOptions,
)
from newscore.serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from newscore.tables import (
    TABLES,
    to_arrow,
    to_pandas,
    to_records,
    write_csv,
    write_parquet,
)

__all__ = [
    "ANY_LANGUAGE",
    "SCHEMA_VERSION",
    "SNIFF_LENGTH",
    "TABLES",
    "UNREAD",
    "Article",
    "Chunk",
    "Detection",
    "Entity",
    "EntityKind",
    "Extraction",
    "Extractor",
    "ExtractorRegistry",
    "Format",
    "FormatError",
    "FormatRegistry",
    "Meta",
    "MetaValue",
    "NewscoreError",
    "NewscoreWarning",
    "ParseError",
    "PluginCrashError",
    "PluginError",
    "PluginHost",
    "PluginInfo",
    "PluginWarning",
    "Problem",
    "Provenance",
    "ReadOptions",
    "Resolution",
    "Section",
    "Severity",
    "Source",
    "Span",
    "Speaker",
    "Statement",
    "WriteOptions",
    "__version__",
    "default_host",
    "detect",
    "expand_paths",
    "formats",
    "from_dict",
    "from_json",
    "hookimpl",
    "identify",
    "parse",
    "plugins",
    "read",
    "read_many",
    "render",
    "to_arrow",
    "to_dict",
    "to_json",
    "to_pandas",
    "to_records",
    "write_csv",
    "write_parquet",
]

__version__ = "0.1.0"


def parse(
    text: str,
    *,
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    extract: bool = True,
    format_options: Mapping[str, str] | None = None,
) -> Article:
    """Read one clipping into an :class:`Article`.

    :param text: the clipping, exactly as pasted.
    :param format: the format's name; ``None`` detects it (see :func:`detect`).
    :param strict: raise :class:`ParseError` on the first doubtful text
        (a problem of severity ``warning`` or ``error``) instead of recording it
        in :attr:`Article.problems`.
    :param reference_date: resolves dates given without a year.
    :param extract: run the extractors, filling :attr:`Article.statements`
        and adding the sources cited in the text; ``False`` gives only what
        the format read.
    :param format_options: settings for the format, by name, as strings; each
        format documents the ones it reads (``table`` reads the columns to
        take fields from: ``{"text": "body", "date": "published"}``).
    :returns: the article. In lenient mode (the default) any ``str`` gives one:
        text a format cannot read is kept in a ``body`` section, with a problem.
    :raises TypeError: if ``text`` is not a ``str``.
    :raises ParseError: in strict mode, with the line and column of the trouble.
    :raises FormatError: if ``format`` names no installed format.
    """
    return default_host().parse(
        text,
        format=format,
        strict=strict,
        reference_date=reference_date,
        extract=extract,
        format_options=format_options,
    )


def read(
    source: str | os.PathLike[str] | IO[str] | BinaryIO,
    *,
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    encoding: str | None = None,
    extract: bool = True,
    format_options: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read every clipping in ``source``, lazily.

    :param source: a path (:class:`os.PathLike`, or a one-line ``str`` naming
        an existing file), a text file object, or a ``str`` holding one or more
        clippings.
    :param format: the format's name; ``None`` detects it from the first
        64 KiB.
    :param strict: as for :func:`parse`.
    :param reference_date: as for :func:`parse`.
    :param extract: as for :func:`parse`.
    :param format_options: as for :func:`parse`.
    :param encoding: the encoding of a path or binary file; line ends are kept
        as written. ``None`` (the default) finds it out: a byte order mark,
        else UTF-8 when the bytes are UTF-8, else the encoding the text
        declares, else a detector's guess (``newscore[encodings]``), else
        cp1252; a ``read.encoding-guess`` problem says how it was chosen
        (see "Encodings" in the guarantees).
    :returns: an iterator of articles, each with its :attr:`Article.provenance`.
        It reads the input as it goes, so large files need not fit in memory
        when their format can be split line by line.
    """
    return default_host().read(
        source,
        format=format,
        strict=strict,
        reference_date=reference_date,
        encoding=encoding,
        extract=extract,
        format_options=format_options,
    )


def detect(text: str | bytes) -> list[Detection]:
    """Return the formats that recognise ``text``, best first.

    :param text: the head of an input (64 KiB are read). Bytes, such as the
        head of a file opened in binary, are also sniffed by the binary
        formats (DOCX).
    :returns: one :class:`Detection` per format with a confidence above 0.
    """
    return default_host().detect(text)


def render(article: Article, format: str) -> str:
    """Write ``article`` as text in ``format``.

    :param format: a format name, optionally with variant flags joined by
        ``+`` as in pandoc: ``"labelled+uk+bold"``.
    :raises FormatError: if the format is unknown, cannot write, or lacks a
        variant asked for.
    """
    return default_host().render(article, format)


def formats() -> tuple[str, ...]:
    """Return the names of the installed formats, built-in and plugins, sorted."""
    return default_host().formats()


def plugins() -> tuple[PluginInfo, ...]:
    """Return every plugin newscore loaded or tried to load, with failures."""
    return default_host().plugins()
