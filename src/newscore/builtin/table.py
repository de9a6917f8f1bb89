"""The ``table`` format: clippings as rows of a CSV, TSV, JSON or JSON Lines table.

One row is one clipping. The columns that give the text, title, date, url,
source and id are found by name (see :mod:`newscore.builtin._columns`) or
named by the caller through ``format_options`` (``{"text": "body"}``).

An article's ``raw`` is the row's title cell, a blank line, its date cell, a
blank line and its text cell (the cells a row lacks are left out with their
blank line), so that the title, the date and everything read from the text
point into it. The text cell is read by the format that recognises it best
(a cell of labelled items gives the labelled sections), and that format's
name goes to ``meta["text_format"]``. Every other column goes to ``meta``
under its own name, as a string; the row's place in the file goes to the
provenance (``line``, ``offset`` and ``element`` ``"row[3]"``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NoReturn

import attrs
import regex

import newscore
from newscore.toolkit import MAX_ARTICLE_CHARS, match_date, position_of

from ._columns import ROLES, Columns, resolve_columns

__all__ = ["ROLES", "TABLE", "newscore_register_formats", "read", "sniff", "write"]

_DELIMITERS = (",", "\t", ";", "|")
_COLUMN_NAME = regex.compile(r"[\w .:()/#-]{1,64}+")
_SEPARATOR = "\n\n"
_NAME = "table"


@attrs.frozen(kw_only=True)
class _Row:
    """One row's cells by column name, and where the row starts in the input."""

    cells: Mapping[str, str]
    columns: Columns
    number: int
    line: int
    offset: int
    problems: tuple[newscore.Problem, ...] = ()


# ------------------------------------------------------------------ sniffing


def _delimiter(header: str) -> str:
    counts = [(header.count(mark), -rank, mark) for rank, mark in enumerate(_DELIMITERS)]
    return max(counts)[2]


def _header_cells(line: str) -> list[str] | None:
    """Return the cells of a line that reads as a header of column names, else ``None``."""
    try:
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=_delimiter(line)), [])
    except csv.Error:
        return None
    names = [cell.strip() for cell in cells]
    if len(names) < 2 or any(name and not _COLUMN_NAME.fullmatch(name) for name in names):
        return None
    return names


def _sniff_csv(text: str) -> float:
    header_line, _, rest = text.partition("\n")
    names = _header_cells(header_line)
    if names is None or "text" not in resolve_columns(names, {}).by_role:
        return 0.0
    reader = csv.reader(io.StringIO(rest, newline=""), delimiter=_delimiter(header_line))
    complete = 0
    try:
        for cells in reader:
            if cells and len(cells) == len(names):
                complete += 1
            if complete >= 2:
                break
    except csv.Error:
        pass
    if complete >= 2 or (complete == 1 and len(names) >= 3):
        return 0.98
    return 0.6


def _sniff_json(text: str) -> float:
    if '"schema_version"' in text:
        return 0.0  # newscore's own JSON: the native format's
    start = text.find("[") + 1 if text.startswith("[") else 0
    try:
        first, _ = json.JSONDecoder().raw_decode(text, _skip_space(text, start))
    except json.JSONDecodeError:
        return 0.0
    if isinstance(first, dict) and "text" in resolve_columns(list(first), {}).by_role:
        return 0.95
    return 0.0


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def sniff(text: str) -> float:
    """Answer 0.98 for a CSV or TSV header with a text column and rows that fit it.

    JSON arrays of objects and JSON Lines whose first object has a text field
    answer 0.95; newscore's own JSON (with ``schema_version``) answers 0.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        return _sniff_json(head)
    return _sniff_csv(head)


# ------------------------------------------------------------------- reading


class _CountedLines:
    """An iterator of lines that counts the lines and characters handed out."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.line = 0
        self.offset = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.line += 1
        self.offset += len(line)
        return line


def _problem(code: str, message: str, options: newscore.ReadOptions, line: int) -> newscore.Problem:
    if options.strict:
        raise newscore.ParseError(message, code=code, line=line)
    return newscore.Problem(code=code, message=f"line {line}: {message}")


def _csv_rows(counted: _CountedLines, first: str, options: newscore.ReadOptions) -> Iterator[_Row]:
    delimiter = _delimiter(first)
    lines = _chain_first(first, counted)
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    columns: Columns | None = None
    number = 0
    while True:
        line, offset = counted.line + 1, counted.offset
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise newscore.ParseError(
                f"this is not a readable CSV row ({error})", code="table.bad-row", line=line
            ) from error
        if header is None:
            header = _unique([cell.strip() for cell in cells])
            columns = resolve_columns(header, options.format_options)
            continue
        if not any(cell.strip() for cell in cells) or cells == header:
            continue  # a blank line, or the header again (tables written one by one)
        assert columns is not None
        number += 1
        yield _csv_row(cells, columns, number, line=line, offset=offset, options=options)


def _unique(names: list[str]) -> list[str]:
    """Return the header's names, blank and repeated ones made unique (``column_3``)."""
    seen: set[str] = set()
    unique: list[str] = []
    for index, name in enumerate(names):
        given = name if name and name not in seen else f"column_{index + 1}"
        seen.add(given)
        unique.append(given)
    return unique


def _chain_first(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _csv_row(
    cells: list[str],
    columns: Columns,
    number: int,
    *,
    line: int,
    offset: int,
    options: newscore.ReadOptions,
) -> _Row:
    header = columns.header
    problems: list[newscore.Problem] = []
    if len(cells) != len(header):
        problems.append(
            _problem(
                "table.ragged-row",
                f"row {number} has {len(cells)} cells where the header has {len(header)}",
                options,
                line,
            )
        )
    named = {_column_name(header, index): cell for index, cell in enumerate(cells)}
    return _Row(
        cells=named,
        columns=columns,
        number=number,
        line=line,
        offset=offset,
        problems=tuple(problems),
    )


def _column_name(header: Sequence[str], index: int) -> str:
    if index < len(header) and header[index]:
        return header[index]
    return f"column_{index + 1}"


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False)


def _json_row(
    item: object, number: int, line: int, offset: int, options: newscore.ReadOptions
) -> _Row:
    problems: list[newscore.Problem] = []
    if isinstance(item, dict):
        cells = {str(key): _cell_text(value) for key, value in item.items()}
    else:
        cells = {"text": _cell_text(item)}
        if not isinstance(item, str):
            problems.append(
                _problem(
                    "table.not-an-object",
                    f"item {number} is a JSON {type(item).__name__}, not an object;"
                    " it was read as the text",
                    options,
                    line,
                )
            )
    columns = resolve_columns(list(cells), options.format_options)
    return _Row(
        cells=cells,
        columns=columns,
        number=number,
        line=line,
        offset=offset,
        problems=tuple(problems),
    )


def _json_error(error: json.JSONDecodeError, line: int) -> NoReturn:
    """Raise at the place of ``error`` in the input, ``line`` being where its text starts."""
    within, column = position_of(error.doc, error.pos)  # json counts only "\n" as a line end
    raise newscore.ParseError(
        f"this is not readable JSON ({error.msg})",
        code="table.bad-json",
        line=line + within - 1,
        column=column,
    )


def _line_ends(text: str, start: int, end: int) -> int:
    """Count the line ends in ``text[start:end]``, as the input's lines count them."""
    piece = text[start:end]
    return piece.count("\n") + piece.count("\r") - piece.count("\r\n")


def _json_lines_rows(
    counted: _CountedLines, first: str, options: newscore.ReadOptions
) -> Iterator[_Row]:
    number = 0
    offset = counted.offset - len(first)
    for text in _chain_first(first, counted):
        line = counted.line
        if text.strip():
            number += 1
            try:
                item = json.loads(text)
            except json.JSONDecodeError as error:
                _json_error(error, line)
            yield _json_row(item, number, line, offset, options)
        offset += len(text)


_TRY_AFTER = ("}", "]", ",", '"')


def _json_array_rows(
    counted: _CountedLines, first: str, options: newscore.ReadOptions
) -> Iterator[_Row]:
    """Read a JSON array item by item, holding at most one item's text at a time."""
    decoder = json.JSONDecoder()
    start_line = counted.line
    buffer = first[first.index("[") + 1 :]
    buffer_line = start_line  # the line buffer[0] stands on
    buffer_offset = counted.offset - len(first) + first.index("[") + 1
    number = 0
    lines = iter(counted)
    ended = False
    while True:
        position = _skip_space(buffer, 0)
        if position < len(buffer) and buffer[position] == ",":
            position = _skip_space(buffer, position + 1)
        if position < len(buffer) and buffer[position] == "]":
            rest = buffer[position + 1 :] + "".join(lines)
            if rest.strip():
                raise newscore.ParseError(
                    "text after the end of the JSON array", code="table.bad-json", line=counted.line
                )
            return
        item_line = buffer_line + _line_ends(buffer, 0, position)
        item: object = None
        end = -1
        if ended or buffer.rstrip().endswith(_TRY_AFTER):
            try:
                item, end = decoder.raw_decode(buffer, position)
            except json.JSONDecodeError as error:
                if ended:
                    _json_error(error, buffer_line)
        if end >= 0:
            number += 1
            yield _json_row(item, number, item_line, buffer_offset + position, options)
            buffer_line += _line_ends(buffer, 0, end)
            buffer_offset += end
            buffer = buffer[end:]
            continue
        if ended:
            raise newscore.ParseError(
                "the JSON array does not end", code="table.bad-json", line=counted.line
            )
        if len(buffer) > MAX_ARTICLE_CHARS:
            raise newscore.ParseError(
                f"an item of the JSON array is longer than {MAX_ARTICLE_CHARS} characters",
                code="table.item-too-large",
                line=item_line,
            )
        more = next(lines, None)
        if more is None:
            ended = True
        else:
            buffer += more


def _rows(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[_Row]:
    counted = _CountedLines(lines)
    for first in counted:
        stripped = first.lstrip("\ufeff \t\r\n")
        if not stripped:
            continue
        if stripped.startswith("["):
            yield from _json_array_rows(counted, first, options)
        elif stripped.startswith("{"):
            yield from _json_lines_rows(counted, first, options)
        else:
            yield from _csv_rows(counted, first.lstrip("\ufeff"), options)
        return


def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
    """Read every row of a table into an article, lazily."""
    for row in _rows(lines, options):
        yield _article(row, options)


# ------------------------------------------------------------ one row's article


def _inner_format(text: str, host: newscore.PluginHost | None) -> str | None:
    """Return the format that reads the text cell best, never ``table`` itself."""
    if host is None:
        return None
    for detection in host.detect(text):
        if detection.format != _NAME:
            return detection.format
    return None


def _read_text(
    text: str, row: _Row, options: newscore.ReadOptions
) -> tuple[newscore.Article, str | None]:
    fmt = _inner_format(text, options.host)
    if fmt is None or options.host is None:
        return _body(text), None
    try:
        article = options.host.parse(
            text,
            format=fmt,
            strict=options.strict,
            reference_date=options.reference_date,
            extract=False,
        )
    except newscore.ParseError as error:
        raise newscore.ParseError(
            f"row {row.number}: {error.message}",
            code=error.code,
            line=row.line + error.line - 1,
            column=error.column,
        ) from error
    return article, fmt


def _body(text: str) -> newscore.Article:
    stripped = text.strip()
    sections: tuple[newscore.Section, ...] = ()
    if stripped:
        start = text.index(stripped)
        span = newscore.Span(start=start, end=start + len(stripped))
        sections = (newscore.Section.unlabelled(kind="body", raw=text, span=span),)
    return newscore.Article(raw=text, format=_NAME, sections=sections)


def _stripped_span(raw: str, start: int, end: int) -> newscore.Span | None:
    piece = raw[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    first = start + piece.index(stripped)
    return newscore.Span(start=first, end=first + len(stripped))


def _article(row: _Row, options: newscore.ReadOptions) -> newscore.Article:
    columns = row.columns
    title = columns.cell(list(row.cells.values()), "title") or ""
    date = columns.cell(list(row.cells.values()), "date") or ""
    text = columns.cell(list(row.cells.values()), "text") or ""
    parts = [part for part in (title, date, text) if part.strip()]
    raw = _SEPARATOR.join(parts)
    title_start = 0
    date_start = len(title) + len(_SEPARATOR) if title.strip() else 0
    text_start = len(raw) - len(text) if text.strip() else len(raw)
    problems = list(row.problems)
    furniture: list[newscore.Section] = []
    title_span = _stripped_span(raw, title_start, len(title)) if title.strip() else None
    date_value, date_span = None, None
    if date.strip():
        cell_span = _stripped_span(raw, date_start, date_start + len(date))
        assert cell_span is not None
        furniture.append(newscore.Section.unlabelled(kind="timestamp", raw=raw, span=cell_span))
        found = match_date(raw, cell_span.start, cell_span.end)
        if found is not None and found.date is not None:
            date_value, date_span = found.date, found.span
        else:
            problems.append(
                newscore.Problem(
                    code="table.unknown-date",
                    message=f"row {row.number}: the date {cell_span.of(raw)[:40]!r} was not"
                    " understood",
                    severity="info",
                    span=cell_span,
                )
            )
    meta: dict[str, newscore.MetaValue] = {}
    inner: newscore.Article | None = None
    if text.strip():
        read_text, text_format = _read_text(text, row, options)
        inner = read_text.shifted(text_start, raw=raw)
        meta.update(inner.meta)
        if text_format is not None:
            meta["text_format"] = text_format
        problems.extend(inner.problems)
        furniture.extend(inner.furniture)
        if inner.title_span is not None:
            if title_span is None:
                title_span = inner.title_span
            else:
                furniture.append(
                    newscore.Section.unlabelled(kind="headline", raw=raw, span=inner.title_span)
                )
        if inner.date_span is not None:
            if date_span is None:
                date_value, date_span = inner.date, inner.date_span
            else:
                furniture.append(
                    newscore.Section.unlabelled(kind="timestamp", raw=raw, span=inner.date_span)
                )
    elif not parts:
        problems.append(
            newscore.Problem(
                code="table.empty-row",
                message=f"row {row.number} has no title, date or text",
                severity="info",
            )
        )
    meta.update(_row_meta(row))
    article = newscore.Article.from_spans(
        raw=raw,
        format=_NAME,
        title_span=title_span,
        lead_span=inner.lead_span if inner is not None else None,
        date=date_value,
        date_span=date_span,
        sections=inner.sections if inner is not None else (),
        furniture=sorted(furniture, key=lambda section: section.span.start),
        sources=inner.sources if inner is not None else (),
        meta=meta,
        problems=problems,
    )
    provenance = newscore.Provenance(
        origin=options.origin, line=row.line, offset=row.offset, element=f"row[{row.number}]"
    )
    return attrs.evolve(article, provenance=provenance)


_ROLE_META = {"id": "document_id", "url": "url", "source": "source"}


def _row_meta(row: _Row) -> dict[str, newscore.MetaValue]:
    meta: dict[str, newscore.MetaValue] = {}
    names = list(row.cells)
    given = {index: role for role, index in row.columns.by_role.items()}
    for index, name in enumerate(names):
        role = given.get(index)
        if role in ("title", "date", "text"):
            continue
        key = _ROLE_META[role] if role is not None else name
        meta[key] = row.cells[name]
    return meta


# ------------------------------------------------------------------- writing


def _text_of(article: newscore.Article) -> str:
    """Return the text from the article's first section to its last, as written."""
    spans = [section.span for section in article.sections]
    if not spans:
        return article.lead or ""
    return article.raw[min(s.start for s in spans) : max(s.end for s in spans)]


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as a CSV header and one row: id, date, title, text, source, url.

    Articles written one after another make one table: the reader skips a
    repeated header.
    """
    source = article.meta.get("source")
    if not isinstance(source, str):
        source = article.sources[0].name if article.sources else ""
    url = article.meta.get("url")
    document_id = article.meta.get("document_id")
    values = {
        "id": document_id if isinstance(document_id, str) else article.id,
        "date": article.date.isoformat() if article.date is not None else "",
        "title": article.title or "",
        "text": _text_of(article),
        "source": source,
        "url": url if isinstance(url, str) else "",
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROLES)
    writer.writerow([values[role] for role in ROLES])
    return out.getvalue()


TABLE = newscore.Format(
    name=_NAME,
    summary="a CSV, TSV, JSON or JSON Lines table of clippings, one row each",
    sniff=sniff,
    read=read,
    write=write,
    extensions=(".csv", ".tsv", ".jsonl"),
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``table`` format."""
    registry.add(TABLE)
