"""Helpers shared by the damaged-input tests: reading leniently and strictly, and what text is."""

from __future__ import annotations

import collections
import functools

import attrs
import newscore
import regex
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

from _isolated import HOST

_TAG = regex.compile(r"<[^<>]*+>")
_REFERENCE = regex.compile(r"&(?:#[0-9]{1,8}+|#[xX][0-9A-Fa-f]{1,8}+|amp|lt|gt|quot|apos);")
_LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)|[^\r\n]++")
_STORY = regex.compile(r"<REUTERS\b(?:[^<]++|<(?!/REUTERS>))*+</REUTERS>\n?+")


@functools.cache
def real_stories(count: int = 6) -> tuple[str, ...]:
    """The first ``count`` stories of ``reut2-000.sgm``, as written (call inside a test)."""
    path = shared_path("corpus", "reuters", "sgml", "reut2-000.sgm", anchor=__file__)
    with path.open("rb") as binary:
        head = binary.read(40_000).decode("latin-1")
    return tuple(str(found.group()) for found in _STORY.finditer(head))[:count]


def _reference(match: regex.Match[str]) -> str:
    written = str(match.group())
    if written[1] != "#":
        return {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}.get(
            written, written
        )
    digits = written[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return written
    # References to control characters are the corpus's teletype codes: dropped.
    return "" if (code < 32 and code not in (9, 10, 13)) or code == 127 else chr(code)


def characters(text: str) -> collections.Counter[str]:
    """How often each character other than white space and a BOM occurs in ``text``."""
    return collections.Counter(c for c in text if not c.isspace() and c != "\ufeff")


def text_content(markup: str) -> str:
    """The text content of ``markup`` (tags left out, references decoded), found independently."""
    return str(_REFERENCE.sub(_reference, _TAG.sub(" ", markup)))


def kept_text(articles: list[newscore.Article]) -> str:
    """Everything the articles keep: their raw text and every text value of their meta."""
    parts: list[str] = []
    for article in articles:
        parts.append(article.raw)
        for value in article.meta.values():
            if isinstance(value, str):
                parts.append(value)
            elif isinstance(value, tuple):
                parts.extend(value)
    return "\n".join(parts)


def lines(text: str) -> list[str]:
    r"""``text`` cut at ``\r\n``, ``\r`` and ``\n``, each line with its end."""
    return [str(line) for line in _LINE.findall(text)]


def read_lenient(text: str) -> list[newscore.Article]:
    """Read leniently, check every article, and check that no word of the text is lost."""
    articles = list(HOST.read(text, format="reuters21578", extract=False))
    for article in articles:
        # The host locates read.looks-like-path in the input, not in a markup article's raw
        # (a core issue, reported): leave it out of the span checks.
        host_notes = [p for p in article.problems if p.code == "read.looks-like-path"]
        assert not host_notes or "\n" not in text.strip()
        check_article(
            attrs.evolve(article, problems=[p for p in article.problems if p not in host_notes])
        )
        assert not [p for p in article.problems if p.code == "plugin.crashed"], article.problems
    # Every character of the text content is kept somewhere (raw or meta), as often.
    lost = characters(text_content(text)) - characters(kept_text(articles))
    assert not lost, f"lost characters: {dict(lost)}"
    damaged = [a for a in articles if any(p.severity != "info" for p in a.problems)]
    assert not damaged or all(a.problems for a in damaged)
    return articles


def read_strict(text: str) -> newscore.ParseError | None:
    """Read strictly; return the ParseError raised (checked to point into ``text``), if any."""
    try:
        articles = list(HOST.read(text, format="reuters21578", extract=False, strict=True))
    except newscore.ParseError as error:
        assert not isinstance(error, newscore.PluginCrashError), error
        assert error.code
        cut = lines(text)
        assert 1 <= error.line <= max(1, len(cut)), (error, len(cut))
        if cut:
            assert 1 <= error.column <= len(cut[error.line - 1]) + 1, error
        return error
    for article in articles:
        assert all(p.severity == "info" for p in article.problems), article.problems
    return None
