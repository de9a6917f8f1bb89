"""Reading bytes in blocks loses nothing at a block or sniffing boundary.

The host sniffs the first :data:`newscore.SNIFF_LENGTH` characters and decodes
binary input :data:`BLOCK` bytes at a time. A multi-byte character or a
``\\r\\n`` split across that boundary must come out whole, with no U+FFFD and
no ``read.encoding`` problem, for every format.
"""

from __future__ import annotations

import io

import pytest

import newscore

BLOCK = 64 * 1024

PIECES = {
    "a two-byte character": "é",
    "a three-byte character": "“",
    "a four-byte character": "\U0001f600",
    "a CRLF": "\r\n",
    "a CR then text": "\rx",
}


def _across(piece: str, at: int) -> str:
    """Return text whose UTF-8 bytes put the boundary ``at`` bytes into ``piece``."""
    filler = "Kyiv said so.\n"
    head = (filler * (BLOCK // len(filler) + 1))[: BLOCK - at]
    return head + piece + "\n" + filler * 3


@pytest.mark.parametrize("fmt", [*newscore.formats(), None])
@pytest.mark.parametrize("name", PIECES)
def test_a_piece_split_by_the_block_boundary_stays_whole(name: str, fmt: str | None) -> None:
    piece = PIECES[name]
    for at in range(1, len(piece.encode("utf-8"))):
        text = _across(piece, at)
        data = text.encode("utf-8")
        assert data[:BLOCK].decode("utf-8", "replace").endswith("\ufffd") or "\r" in piece
        articles = list(newscore.read(io.BytesIO(data), format=fmt, extract=False))
        codes = [problem.code for article in articles for problem in article.problems]
        assert "read.encoding" not in codes, f"{name} split at byte {at}: {codes}"
        for article in articles:
            assert "\ufffd" not in article.raw, f"{name} split at byte {at} became U+FFFD"


@pytest.mark.parametrize("name", PIECES)
def test_plain_text_split_by_the_block_boundary_is_kept_verbatim(name: str) -> None:
    piece = PIECES[name]
    for at in range(1, len(piece.encode("utf-8"))):
        text = _across(piece, at)
        (article,) = newscore.read(io.BytesIO(text.encode("utf-8")), format="plain")
        assert article.raw == text, f"{name} split at byte {at} changed the text"
