"""Flat tables of articles: rows of scalars for pandas, Arrow, Parquet, CSV and SQL.

Five tables are read from a stream of articles (see :data:`TABLES`). Every
row is keyed by the stable :attr:`~newscore.Article.id` in ``article_id``,
and :data:`SCHEMAS` declares each table's columns once: the documentation,
the CSV header, the pandas dtypes, the Arrow schema and the Dask ``meta``
all come from it.

>>> import newscore
>>> from newscore.tables import to_records
>>> text = "Kyiv, 30 August 2025. Foreign Minister Andrii Sybiha said the talks went well."
>>> [(row["speaker"], row["cue"], row["content"]) for row in to_records([newscore.parse(text)])]
[('Andrii Sybiha', 'said', 'the talks went well')]

Rows are made one article at a time, so a generator of a million articles
never sits in memory. pandas and pyarrow are imported only by the functions
that need them (extras ``newscore[pandas]`` and ``newscore[arrow]``).
"""

from __future__ import annotations

import csv
import datetime
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TextIO, TypeAlias

import attrs

from newscore.identity import identify
from newscore.model import UNREAD, Article, Section, Source, Span, Statement

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "OUTLET_KEYS",
    "SCHEMAS",
    "TABLES",
    "Column",
    "ColumnType",
    "arrow_schema",
    "to_arrow",
    "to_pandas",
    "to_records",
    "write_csv",
    "write_parquet",
]

ColumnType: TypeAlias = Literal["string", "int", "bool", "date"]
"""The type of a :class:`Column`'s values: :class:`str`, :class:`int`,
:class:`bool` or :class:`datetime.date`; any of them may be ``None``."""

Row: TypeAlias = "dict[str, object]"

TABLES = ("articles", "statements", "sources", "sections", "speakers")
"""The names of the tables, in the order the documentation gives them."""

OUTLET_KEYS = ("outlet", "publication")
"""The :attr:`~newscore.Article.meta` keys read, in this order, for the ``outlet``
column: the Nexis and Factiva formats write ``outlet`` (the publication's name).
A source cited in the text (:attr:`~newscore.Article.sources`) is no outlet."""


_JOIN = "; "


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table.

    :param name: the column's name, as in the rows, the CSV header and the frames.
    :param type: what its values are (see :data:`ColumnType`).
    :param description: a sentence for the documentation.
    """

    name: str
    type: ColumnType = attrs.field(
        validator=attrs.validators.in_(("string", "int", "bool", "date"))
    )
    description: str


def _columns(*specs: tuple[str, ColumnType, str]) -> tuple[Column, ...]:
    return tuple(Column(name=name, type=kind, description=text) for name, kind, text in specs)


_ARTICLE_ID: tuple[str, ColumnType, str] = (
    "article_id",
    "string",
    "The article's stable id (16 hex digits).",
)


def _span_columns(prefix: str, what: str) -> tuple[tuple[str, ColumnType, str], ...]:
    return (
        (f"{prefix}start", "int", f"Offset in the article's raw text where {what} starts."),
        (f"{prefix}end", "int", f"Offset in the article's raw text just past {what}."),
    )


SCHEMAS: Mapping[str, tuple[Column, ...]] = MappingProxyType(
    {
        "articles": _columns(
            _ARTICLE_ID,
            ("origin", "string", "The file the article was read from."),
            ("index", "int", "The article's 0-based position in its file."),
            ("offset", "int", "Character offset of the article in its file."),
            ("line", "int", "1-based line of the article's first line in its file."),
            ("format", "string", 'The format that read it; "unread" for a file that failed.'),
            ("language", "string", "The language of its text, a code such as en."),
            ("date", "date", "The publication date."),
            ("title", "string", "The headline."),
            ("lead", "string", "The lead paragraph."),
            ("outlet", "string", "The publication it appeared in (see OUTLET_KEYS)."),
            ("section_count", "int", "How many sections it has."),
            ("source_count", "int", "How many sources it cites (chains counted once)."),
            ("statement_count", "int", "How many statements were read."),
            ("speaker_count", "int", "How many speakers were found."),
            ("problem_count", "int", "How many problems were recorded."),
            ("problem_codes", "string", 'The distinct problem codes, in order, joined by "; ".'),
            ("raw_length", "int", "The length of its raw text, in characters."),
        ),
        "statements": _columns(
            _ARTICLE_ID,
            ("statement_id", "string", "The statement's stable id."),
            ("position", "int", "Its 0-based position in the article's statements."),
            ("origin", "string", "The file the article was read from."),
            ("date", "date", "The article's publication date."),
            ("outlet", "string", "The publication the article appeared in."),
            ("speaker", "string", "Who made it: a name, or a description."),
            ("speaker_kind", "string", "person, organisation or anonymous (from its entity)."),
            ("role", "string", "The speaker's role or title, as given."),
            ("entity", "int", "The position of its speaker in the speakers table."),
            ("cue", "string", 'The reporting word(s), such as "said".'),
            ("direct", "bool", "Whether the content is wholly or partly a quotation."),
            ("content", "string", "What was said."),
            ("source", "string", "The name of the source it came through."),
            ("source_id", "string", "The id of that source in the sources table."),
            ("frame", "string", "The attribution frame it was read by."),
            ("resolution", "string", "How its speaker was found (named, surname, pronoun...)."),
            *_span_columns("", "the statement"),
            *_span_columns("cue_", "the cue"),
            *_span_columns("content_", "the content"),
            *_span_columns("speaker_", "the speaker's mention"),
        ),
        "sources": _columns(
            _ARTICLE_ID,
            ("source_id", "string", "The source's stable id."),
            ("position", "int", "The position in the article's sources of its chain's head."),
            ("depth", "int", 'Its depth in the chain: 0 for X in "X, citing Y", 1 for Y.'),
            ("name", "string", "The outlet, body or person named."),
            ("kind", "string", 'What it is ("news agency", "interview"...).'),
            ("description", "string", "The source as written."),
            ("via", "string", "The id of the next source in the chain."),
            *_span_columns("", "the description"),
            *_span_columns("name_", "the name"),
        ),
        "sections": _columns(
            _ARTICLE_ID,
            ("position", "int", "Its 0-based position among the sections (or the furniture)."),
            ("furniture", "bool", "Whether it is furniture (a byline, timestamp...)."),
            ("kind", "string", "lead, source, details, quote, byline..."),
            ("label", "string", "The label as written, if any."),
            ("text", "string", "Its text, without the label."),
            *_span_columns("", "the section, label included"),
            *_span_columns("text_", "the text"),
        ),
        "speakers": _columns(
            _ARTICLE_ID,
            ("position", "int", "Its position in the article's speakers; statements.entity."),
            ("name", "string", "The full name as first given, or the description."),
            ("kind", "string", "person, organisation or anonymous."),
            ("roles", "string", 'The roles and titles given with it, joined by "; ".'),
            ("mention_count", "int", "How many times it is mentioned."),
            ("statement_count", "int", "How many statements it made."),
        ),
    }
)
"""Every table's columns, in order; the single source of truth for every export."""


def to_records(articles: Iterable[Article], table: str = "statements") -> Iterator[Row]:
    """Yield the rows of ``table`` for ``articles``, one article at a time.

    :param articles: any iterable of articles, consumed lazily: the next
        article is taken only once every row of the previous one was yielded.
    :param table: one of :data:`TABLES`.
    :returns: dicts whose keys are the columns of ``SCHEMAS[table]``, in order,
        and whose values are :class:`str`, :class:`int`, :class:`bool`,
        :class:`datetime.date` or ``None``. Articles without ids (built by
        hand or loaded from old JSON) are identified first
        (:func:`newscore.identify`). A failure record (format ``"unread"``)
        has a row in ``articles`` only.
    :raises ValueError: if ``table`` is not one of :data:`TABLES`.
    """
    return _records(articles, _rows_of(table))


def _records(
    articles: Iterable[Article], rows: Callable[[Article], Iterator[Row]]
) -> Iterator[Row]:
    for article in articles:
        yield from rows(_identified(article))


def write_csv(articles: Iterable[Article], file: TextIO, table: str = "statements") -> int:
    """Write ``table`` as CSV to ``file``, with a header row; return how many rows were written.

    Open ``file`` with ``newline=""``. Dates are written as ISO dates, booleans
    as ``true`` and ``false``, and a missing value as an empty field (so an
    empty string reads back as missing).

    :raises ValueError: if ``table`` is not one of :data:`TABLES`.
    """
    rows = to_records(articles, table)
    names = [column.name for column in SCHEMAS[table]]
    writer = csv.writer(file)
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(row[name]) for name in names])
        count += 1
    return count


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


_PANDAS_DTYPES: Mapping[ColumnType, str] = {
    "string": "string",
    "int": "Int64",
    "bool": "boolean",
    "date": "datetime64[s]",
}


def to_pandas(articles: Iterable[Article], table: str = "statements") -> pandas.DataFrame:
    """Return ``table`` as a :class:`pandas.DataFrame`, with dtypes from its schema.

    Strings are ``"string"``, integers ``"Int64"`` and booleans ``"boolean"``
    (pandas' nullable dtypes, with ``<NA>`` for missing values); dates are
    ``"datetime64[s]"`` (``NaT`` when missing), so they resample and plot as
    time, and cover the years 1 to 9999.

    :raises ImportError: if pandas is not installed (``pip install 'newscore[pandas]'``).
    :raises ValueError: if ``table`` is not one of :data:`TABLES`.
    """
    _rows_of(table)
    try:
        import pandas as pd  # noqa: PLC0415 - an optional library, imported when used
    except ImportError as error:
        raise _missing("pandas", "pandas") from error
    schema = SCHEMAS[table]
    values = next(_column_chunks(to_records(articles, table), schema, limit=None))
    frame: pandas.DataFrame = pd.DataFrame(
        {
            column.name: pd.Series(values[column.name], dtype=_PANDAS_DTYPES[column.type])
            for column in schema
        }
    )
    return frame


def arrow_schema(table: str = "statements") -> pyarrow.Schema:
    """Return the :class:`pyarrow.Schema` of ``table``; each field's metadata has its description.

    :raises ImportError: if pyarrow is not installed (``pip install 'newscore[arrow]'``).
    :raises ValueError: if ``table`` is not one of :data:`TABLES`.
    """
    _rows_of(table)
    pa = _pyarrow()
    types = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32()}
    return pa.schema(
        [
            pa.field(column.name, types[column.type], metadata={"description": column.description})
            for column in SCHEMAS[table]
        ]
    )


def to_arrow(articles: Iterable[Article], table: str = "statements") -> pyarrow.Table:
    """Return ``table`` as a :class:`pyarrow.Table` with the schema :func:`arrow_schema` gives.

    :raises ImportError: if pyarrow is not installed (``pip install 'newscore[arrow]'``).
    :raises ValueError: if ``table`` is not one of :data:`TABLES`.
    """
    schema = arrow_schema(table)
    chunk = next(_column_chunks(to_records(articles, table), SCHEMAS[table], limit=None))
    return _arrow_table(chunk, schema)


def write_parquet(
    articles: Iterable[Article],
    path_or_file: str | os.PathLike[str] | BinaryIO,
    table: str = "statements",
    *,
    row_group_size: int = 10_000,
) -> int:
    """Write ``table`` to a Parquet file, a row group at a time; return the number of rows.

    At most ``row_group_size`` rows are held in memory, however many articles
    there are. The file has the schema :func:`arrow_schema` gives, even when
    there are no rows.

    :raises ImportError: if pyarrow is not installed (``pip install 'newscore[arrow]'``).
    :raises ValueError: if ``table`` is not one of :data:`TABLES`, or
        ``row_group_size`` is below 1.
    """
    if row_group_size < 1:
        raise ValueError(f"row_group_size must be at least 1, got {row_group_size}")
    schema = arrow_schema(table)
    import pyarrow.parquet as pq  # noqa: PLC0415 - an optional library, imported when used

    count = 0
    target = os.fspath(path_or_file) if isinstance(path_or_file, os.PathLike) else path_or_file
    with pq.ParquetWriter(target, schema) as writer:
        for chunk in _column_chunks(to_records(articles, table), SCHEMAS[table], row_group_size):
            group = _arrow_table(chunk, schema)
            if group.num_rows:
                writer.write_table(group, row_group_size=row_group_size)
                count += group.num_rows
    return count


# -- column buffers -----------------------------------------------------------


def _column_chunks(
    rows: Iterator[Row], schema: tuple[Column, ...], limit: int | None
) -> Iterator[dict[str, list[object]]]:
    """Gather rows into columns, ``limit`` rows at a time (all at once for ``None``).

    Always yields at least one chunk, empty when there are no rows.
    """
    names = [column.name for column in schema]
    while True:
        chunk: dict[str, list[object]] = {name: [] for name in names}
        size = 0
        for row in rows:
            for name in names:
                chunk[name].append(row[name])
            size += 1
            if size == limit:
                break
        yield chunk
        if limit is None or size < limit:
            return


def _arrow_table(chunk: dict[str, list[object]], schema: pyarrow.Schema) -> pyarrow.Table:
    pa = _pyarrow()
    arrays = [pa.array(chunk[field.name], type=field.type) for field in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _pyarrow() -> Any:  # pyarrow has no type stubs
    try:
        import pyarrow  # noqa: PLC0415 - an optional library, imported when used
    except ImportError as error:
        raise _missing("pyarrow", "arrow") from error
    return pyarrow


def _missing(library: str, extra: str) -> ImportError:
    return ImportError(
        f"this needs {library}, which is not installed: pip install 'newscore[{extra}]'"
    )


# -- rows ---------------------------------------------------------------------


def _rows_of(table: str) -> Callable[[Article], Iterator[Row]]:
    rows = _ROWS.get(table)
    if rows is None:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return rows


def _identified(article: Article) -> Article:
    sources = _chain_links(article.sources)
    if any(s.id is None for s in article.statements) or any(s.id is None for _, _, s in sources):
        return identify(article)
    return article


def _chain_links(sources: tuple[Source, ...]) -> list[tuple[int, int, Source]]:
    """Return ``(position, depth, source)`` for every link of every chain, in order."""
    links: list[tuple[int, int, Source]] = []
    for position, head in enumerate(sources):
        link: Source | None = head
        depth = 0
        while link is not None:
            links.append((position, depth, link))
            link = link.via
            depth += 1
    return links


def _outlet(article: Article) -> str | None:
    for key in OUTLET_KEYS:
        value = article.meta.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _meta_text(article: Article, key: str) -> str | None:
    value = article.meta.get(key)
    return value if isinstance(value, str) else None


def _span(prefix: str, span: Span | None) -> Row:
    if span is None:
        return {f"{prefix}start": None, f"{prefix}end": None}
    return {f"{prefix}start": span.start, f"{prefix}end": span.end}


def _article_rows(article: Article) -> Iterator[Row]:
    provenance = article.provenance
    yield {
        "article_id": article.id,
        "origin": provenance.origin if provenance is not None else None,
        "index": provenance.index if provenance is not None else None,
        "offset": provenance.offset if provenance is not None else None,
        "line": provenance.line if provenance is not None else None,
        "format": article.format,
        "language": _meta_text(article, "language"),
        "date": article.date,
        "title": article.title,
        "lead": article.lead,
        "outlet": _outlet(article),
        "section_count": len(article.sections),
        "source_count": len(article.sources),
        "statement_count": len(article.statements),
        "speaker_count": len(article.speakers),
        "problem_count": len(article.problems),
        "problem_codes": _JOIN.join(dict.fromkeys(p.code for p in article.problems)) or None,
        "raw_length": len(article.raw),
    }


def _statement_rows(article: Article) -> Iterator[Row]:
    if article.format == UNREAD:
        return
    article_id = article.id
    origin = article.provenance.origin if article.provenance is not None else None
    outlet = _outlet(article)
    for position, statement in enumerate(article.statements):
        yield {
            "article_id": article_id,
            "statement_id": statement.id,
            "position": position,
            "origin": origin,
            "date": article.date,
            "outlet": outlet,
            "speaker": statement.speaker.name,
            "speaker_kind": _speaker_kind(article, statement),
            "role": statement.speaker.role,
            "entity": statement.entity,
            "cue": statement.cue,
            "direct": statement.direct,
            "content": statement.content,
            "source": statement.source.name if statement.source is not None else None,
            "source_id": statement.source.id if statement.source is not None else None,
            "frame": statement.frame,
            "resolution": statement.resolution,
            **_span("", statement.span),
            **_span("cue_", statement.cue_span),
            **_span("content_", statement.content_span),
            **_span("speaker_", statement.speaker_span),
        }


def _speaker_kind(article: Article, statement: Statement) -> str | None:
    entity = statement.entity
    if entity is None or not 0 <= entity < len(article.speakers):
        return None
    return article.speakers[entity].kind


def _source_rows(article: Article) -> Iterator[Row]:
    if article.format == UNREAD:
        return
    article_id = article.id
    for position, depth, source in _chain_links(article.sources):
        yield {
            "article_id": article_id,
            "source_id": source.id,
            "position": position,
            "depth": depth,
            "name": source.name,
            "kind": source.kind,
            "description": source.description,
            "via": source.via.id if source.via is not None else None,
            **_span("", source.span),
            **_span("name_", source.name_span),
        }


def _section_rows(article: Article) -> Iterator[Row]:
    if article.format == UNREAD:
        return
    article_id = article.id
    for furniture, sections in ((False, article.sections), (True, article.furniture)):
        for position, section in enumerate(sections):
            yield _section_row(article_id, position, furniture, section)


def _section_row(article_id: str, position: int, furniture: bool, section: Section) -> Row:
    return {
        "article_id": article_id,
        "position": position,
        "furniture": furniture,
        "kind": section.kind,
        "label": section.label,
        "text": section.text,
        **_span("", section.span),
        **_span("text_", section.text_span),
    }


def _speaker_rows(article: Article) -> Iterator[Row]:
    if article.format == UNREAD:
        return
    article_id = article.id
    made = [0] * len(article.speakers)
    for statement in article.statements:
        if statement.entity is not None and 0 <= statement.entity < len(made):
            made[statement.entity] += 1
    for position, entity in enumerate(article.speakers):
        yield {
            "article_id": article_id,
            "position": position,
            "name": entity.name,
            "kind": entity.kind,
            "roles": _JOIN.join(entity.roles) or None,
            "mention_count": len(entity.mentions),
            "statement_count": made[position],
        }


_ROWS: Mapping[str, Callable[[Article], Iterator[Row]]] = {
    "articles": _article_rows,
    "statements": _statement_rows,
    "sources": _source_rows,
    "sections": _section_rows,
    "speakers": _speaker_rows,
}
