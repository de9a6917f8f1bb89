"""Helpers shared by the damaged-input tests: reading leniently and strictly, and what text is."""

from __future__ import annotations

import functools

import newscore
import regex
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path
from _isolated import HOST

_TAG = regex.compile(r"<[^<>]*+>")
_REFERENCE = regex.compile(r"&[#A-Za-z0-9]{0,40}+;")
_WORD = regex.compile(r"[A-Za-z0-9]++")
_LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)|[^\r\n]++")
_STORY = regex.compile(r"<REUTERS\b(?:[^<]++|<(?!/REUTERS>))*+</REUTERS>\n?+")


@functools.cache
def real_stories(count: int = 6) -> tuple[str, ...]:
    """The first ``count`` stories of ``reut2-000.sgm``, as written (call inside a test)."""
    path = shared_path("corpus", "reuters", "sgml", "reut2-000.sgm", anchor=__file__)
    with path.open("rb") as binary:
        head = binary.read(40_000).decode("latin-1")
    return tuple(found.group() for found in _STORY.finditer(head))[:count]


def _reference(match: regex.Match[str]) -> str:
    # References to control characters are the corpus's teletype codes: they join words.
    digits = match.group()[2:-1]
    return "" if digits.isdigit() and (int(digits) < 9 or 13 < int(digits) < 32) else " "


def words(markup: str) -> set[str]:
    """The words of the text content of ``markup``, found independently of the plugin."""
    text = _REFERENCE.sub(_reference, _TAG.sub(" ", markup))
    return set(_WORD.findall(text))


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
    return _LINE.findall(text)


def read_lenient(text: str) -> list[newscore.Article]:
    """Read leniently, check every article, and check that no word of the text is lost."""
    articles = list(HOST.read(text, format="reuters21578", extract=False))
    for article in articles:
        check_article(article)
        assert not [p for p in article.problems if p.code == "plugin.crashed"], article.problems
    kept = set(_WORD.findall(kept_text(articles)))
    lost = words(text) - kept
    assert not lost, f"lost words: {sorted(lost)[:10]}"
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
