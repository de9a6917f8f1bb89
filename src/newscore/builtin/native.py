"""The ``native`` format: newscore's own JSON, which keeps every field.

One article is one JSON object as :func:`newscore.to_json` writes it. An input
may hold several, as JSON Lines (one object per line) or as a JSON array.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator

import newscore

_MARKER = '"schema_version"'


def sniff(text: str) -> float:
    """Answer 0.99 for a JSON object or array that carries ``schema_version``."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in {"{", "["} and _MARKER in text:
        return 0.99
    return 0.0


def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
    """Read one article from its JSON text."""
    return newscore.from_json(text.lstrip("\ufeff"))


def split(lines: Iterable[str]) -> Iterator[newscore.Chunk]:
    """Yield one chunk per article of JSON Lines, a JSON array, or a single object."""
    iterator = iter(lines)
    buffered: list[str] = []
    offset = 0
    for line in iterator:
        buffered.append(line)
        if line.strip():
            break
        offset += len(line)
    if buffered and _is_object_line(buffered[-1]):
        yield from _json_lines(buffered[-1], iterator, offset, len(buffered))
        return
    text = "".join(buffered) + "".join(iterator)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError:
            yield newscore.Chunk(text=text)
            return
        for item in items:
            yield newscore.Chunk(text=json.dumps(item, ensure_ascii=False), offset=offset)
    elif stripped:
        yield newscore.Chunk(text=text)


def _is_object_line(line: str) -> bool:
    candidate = line.strip().lstrip("\ufeff")
    if not candidate.startswith("{"):
        return False
    try:
        return isinstance(json.loads(candidate), dict)
    except json.JSONDecodeError:
        return False


def _json_lines(
    first: str, rest: Iterator[str], offset: int, line_number: int
) -> Iterator[newscore.Chunk]:
    for line in itertools.chain([first], rest):
        text = line.strip()
        if text:
            indent = len(line) - len(line.lstrip())
            yield newscore.Chunk(text=text, offset=offset + indent, line=line_number)
        offset += len(line)
        line_number += 1


def write(article: newscore.Article, options: newscore.WriteOptions) -> str:
    """Write ``article`` as JSON: indented, or on one line with ``native+compact``."""
    indent = None if "compact" in options.variants else 2
    return newscore.to_json(article, indent=indent) + "\n"


NATIVE = newscore.Format(
    name="native",
    summary="newscore's own JSON (one object, JSON Lines, or an array); keeps every field",
    sniff=sniff,
    parse=parse,
    split=split,
    write=write,
    variants=("compact",),
    extensions=(".json", ".jsonl"),
    run_extractors=False,
)


@newscore.hookimpl
def newscore_register_formats(registry: newscore.FormatRegistry) -> None:
    """Register the ``native`` format."""
    registry.add(NATIVE)
