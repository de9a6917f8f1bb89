"""The ``alceste`` format: the starred-line corpus of IRaMuTeQ and Alceste.

Each text opens with a line of four stars (or a number, as ``0001``) and its
starred variables (``**** *date_2025-08-30 *outlet_xinhua``); ``-*theme``
lines open the text's themes. One text is one article: its variables go to
``meta`` (``*outlet_xinhua`` as ``meta["outlet"] = "xinhua"``, a variable
without a value such as ``*boolean1`` as ``True``; all of them, as written,
in ``meta["alceste_variables"]``), a ``date`` variable gives the date, the
variable line is furniture of kind ``variables``, and each theme is a section
of kind ``theme`` labelled with the theme's name. Text before the first theme
is a ``body`` section.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

import regex

import newscore
from newscore.toolkit import lines, trimmed

__all__ = ["ALCESTE", "newscore_register_formats", "parse", "sniff", "split", "write"]

_NAME = "alceste"
_HEADER = regex.compile(r"(?:\*{4}|[0-9]{1,12}+(?=[ \t]++\*))(?:[ \t]++\*[^\s*][^\s]*+)*+[ \t]*+")
_VARIABLE = regex.compile(r"\*([^\s*][^\s]*+)")
_THEME = regex.compile(r"-\*([^\s]++)[ \t]*+")
_UNSAFE = regex.compile(r"[^\p{L}\p{N}_-]++")
_ISO_DATE = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_header(line: str) -> bool:
    return _HEADER.fullmatch(line.rstrip("\r\n")) is not None


def sniff(text: str) -> float:
    """Answer 0.95 when the first non-blank line is a ``****`` variable line."""
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip():
            if not _is_header(line):
                return 0.0
            return 0.95 if line.startswith("****") else 0.8
    return 0.0


def split(stream: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Cut a corpus into texts: each variable line starts one."""
    buffer: list[str] = []
    offset = buffer_offset = 0
    line_number, buffer_line = 1, 1
    for line in stream:
        if _is_header(line) and any(part.strip() for part in buffer):
            yield newscore.Chunk(text="".join(buffer), offset=buffer_offset, line=buffer_line)
            buffer = []
        if not buffer:
            buffer_offset, buffer_line = offset, line_number
        buffer.append(line)
        offset += len(line)
        line_number += 1
    if any(part.strip() for part in buffer):
        yield newscore.Chunk(text="".join(buffer), offset=buffer_offset, line=buffer_line)


def _value(token: str) -> tuple[str, newscore.MetaValue]:
    name, underscore, value = token.partition("_")
    return (name, value) if underscore else (name, True)


def _section(
    raw: str, kind: str, marker: tuple[str, newscore.Span] | None, body: int, end: int
) -> list[newscore.Section]:
    """Return the section from ``body`` to ``end``, opened by a theme ``marker`` if any."""
    text_start, text_end = trimmed(raw, body, end)
    if marker is None:
        if text_start >= text_end:
            return []
        span = newscore.Span(start=text_start, end=text_end)
        return [newscore.Section.unlabelled(kind=kind, raw=raw, span=span)]
    label, marker_span = marker
    if text_start >= text_end:
        text_start = text_end = marker_span.end
    text_span = newscore.Span(start=text_start, end=text_end)
    span = newscore.Span(start=marker_span.start, end=max(marker_span.end, text_end))
    return [
        newscore.Section(
            kind=kind, label=label, text=text_span.of(raw), span=span, text_span=text_span
        )
    ]


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one text: its variable line, then its themes."""
    found = lines(text)
    first = next((line for line in found if text[line.start : line.end].strip()), None)
    meta: dict[str, newscore.MetaValue] = {}
    furniture: list[newscore.Section] = []
    problems: list[newscore.Problem] = []
    date: datetime.date | None = None
    date_span: newscore.Span | None = None
    body_start = 0
    if first is not None and _is_header(text[first.start : first.end]):
        start, end = trimmed(text, first.start, first.end)
        header = newscore.Span(start=start, end=end)
        furniture.append(newscore.Section.unlabelled(kind="variables", raw=text, span=header))
        tokens: list[str] = []
        for match in _VARIABLE.finditer(text, start, end):
            token = match.group(1)
            tokens.append(token)
            name, value = _value(token)
            meta[name] = value
            if name == "date" and isinstance(value, str) and _ISO_DATE.fullmatch(value):
                try:
                    date = datetime.date.fromisoformat(value)
                    date_span = newscore.Span(start=match.start(1) + 5, end=match.end(1))
                except ValueError:
                    problems.append(_bad_date(value, match.start(1) + 5, match.end(1)))
        meta["alceste_variables"] = tuple(tokens)
        if not text[start:end].startswith("****"):
            meta["alceste_number"] = text[start:end].split(maxsplit=1)[0]
        body_start = first.next
    else:
        problems.append(
            newscore.Problem(
                code="alceste.no-variables",
                message="this text does not open with a '****' variable line",
            )
        )
    sections = _themes(text, body_start)
    return newscore.Article.from_spans(
        raw=text,
        format=_NAME,
        date=date,
        date_span=date_span,
        sections=sections,
        furniture=furniture,
        meta=meta,
        problems=problems,
    )


def _bad_date(value: str, start: int, end: int) -> newscore.Problem:
    return newscore.Problem(
        code="alceste.invalid-date",
        message=f"the date variable {value!r} is no calendar date",
        span=newscore.Span(start=start, end=end),
    )


def _themes(text: str, start: int) -> list[newscore.Section]:
    sections: list[newscore.Section] = []
    kind: str = "body"
    marker: tuple[str, newscore.Span] | None = None
    body = start
    for line in lines(text, start):
        found = _THEME.fullmatch(text, line.start, line.end)
        if found is None:
            continue
        sections.extend(_section(text, kind, marker, body, line.start))
        marker_start, marker_end = trimmed(text, line.start, line.end)
        kind = "theme"
        marker = (found.group(1), newscore.Span(start=marker_start, end=marker_end))
        body = line.next
    sections.extend(_section(text, kind, marker, body, len(text)))
    return sections


def _safe(value: str) -> str:
    cleaned: str = _UNSAFE.sub("_", value.strip())
    return cleaned.strip("_").lower()


def _variables(article: newscore.Article) -> list[str]:
    written = article.meta.get("alceste_variables")
    if article.format == _NAME and isinstance(written, tuple):
        return [_UNSAFE.sub("_", token) for token in written if token]
    found: list[str] = []
    if article.date is not None:
        found.append(f"date_{article.date.isoformat()}")
    outlet = article.meta.get("outlet")
    if not isinstance(outlet, str):
        outlet = article.sources[0].name if article.sources else None
    if outlet and _safe(outlet):
        found.append(f"outlet_{_safe(outlet)}")
    found.append(f"format_{_safe(article.format) or 'unknown'}")
    return found


def _escaped(text: str) -> str:
    """Return ``text`` with a space before lines that would read as variable or theme lines."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        marked = _is_header(line) or _THEME.fullmatch(line) is not None
        kept.append(" " + line if marked else line)
    return "\n".join(kept)


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write the variable line (date, outlet and format, or the variables read), then the text.

    An article read from another format gets its title as the first line of
    the text; themes are written back as ``-*theme`` lines.
    """
    parts = ["**** " + " ".join("*" + token for token in _variables(article))]
    if article.format != _NAME:
        if article.title:
            parts.append(_escaped(" ".join(article.title.split())))
        spans = [section.span for section in article.sections]
        if spans:
            start = min(span.start for span in spans)
            parts.append(_escaped(article.raw[start : max(span.end for span in spans)]))
        elif article.lead:
            parts.append(_escaped(article.lead))
        return "\n".join(parts) + "\n"
    for section in article.sections:
        if section.kind == "theme" and section.label:
            parts.append("-*" + _UNSAFE.sub("_", section.label))
        if section.text.strip():
            parts.append(_escaped(section.text))
    return "\n".join(parts) + "\n"


ALCESTE = newscore.Format(
    name=_NAME,
    summary="IRaMuTeQ / Alceste corpus: '****' lines of starred variables, '-*' themes",
    sniff=sniff,
    parse=parse,
    split=split,
    write=write,
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``alceste`` format."""
    registry.add(ALCESTE)
