"""Characters lxml cannot take, made safe before the markup is parsed.

libxml2 works in UTF-8: a lone surrogate in a Python ``str`` cannot be encoded
for it, and a character reference to a surrogate, to U+0000 or past U+10FFFF
(``&#xD800;``) makes it produce bytes that cannot be decoded back. Both are
replaced here by U+FFFD (the reference by ``&#xFFFD;``), and so are, in XML,
the control characters it forbids, so the text around them is read; every
replacement is reported with its column, and the readers record it as a
``factiva.bad-character`` problem (or raise in strict mode).
"""

from __future__ import annotations

import regex

__all__ = ["SUSPECT", "Replacement", "clean"]

SUSPECT = regex.compile(
    r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
    r"|&#(?:[xX](?P<hex>[0-9a-fA-F]{1,12}+)|(?P<dec>[0-9]{1,12}+));"
)
"""Finds what :func:`clean` may replace (a quick test for a whole batch of lines)."""

_CONTROLS = frozenset(range(1, 32)) - {9, 10, 13}

_LAST = 0x10FFFF

Replacement = tuple[int, str]
"""Where a character was replaced (0-based column in the line) and what it was."""


def _bad(value: int, *, xml: bool) -> bool:
    if value == 0 or 0xD800 <= value <= 0xDFFF or value > _LAST:
        return True
    return xml and (value in _CONTROLS or value in {0xFFFE, 0xFFFF})


def clean(line: str, *, xml: bool) -> tuple[str, list[Replacement]]:
    r"""Return ``line`` with lone surrogates, NULs and bad character references replaced.

    :param xml: also replace the C0 controls (but tab, line feed and carriage
        return), U+FFFE and U+FFFF, which XML forbids, and references to them.

    >>> clean("a\ud800b&#xD800;c", xml=False)
    ('a\ufffdb&#xFFFD;c', [(1, "'\\ud800'"), (3, "'&#xD800;'")])
    """
    found: list[Replacement] = []
    if SUSPECT.search(line) is None:
        return line, found
    pieces: list[str] = []
    position = 0
    for match in SUSPECT.finditer(line):
        written = match.group()
        if written.startswith("&#"):
            digits = match.group("hex")
            value = int(digits, 16) if digits is not None else int(match.group("dec"))
            if not _bad(value, xml=xml):
                continue
            replacement = "&#xFFFD;"
        elif xml or _bad(ord(written), xml=False):
            replacement = "\ufffd"
        else:
            continue
        pieces.append(line[position : match.start()])
        pieces.append(replacement)
        position = match.end()
        found.append((match.start(), ascii(written)))
    if not found:
        return line, found
    pieces.append(line[position:])
    return "".join(pieces), found
