"""Bounds on ZIP containers (DOCX): refuse a zip bomb before inflating it.

:func:`open_document` checks the archive's directory against
:class:`ZipLimits` before reading anything, then reads ``word/document.xml``
through a counting stream, so a member whose directory entry lies about its
size is refused too. Each bound reached raises :class:`newscore.ParseError`
with code ``nexis-docx.too-large`` (``nexis-docx.not-docx`` when the file is
no zip with ``word/document.xml``).
"""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

import attrs

import newscore

__all__ = ["DOCUMENT", "LIMITS", "ZipLimits", "open_document"]

DOCUMENT = "word/document.xml"
"""The part of a DOCX file that holds its text."""


@attrs.frozen(kw_only=True)
class ZipLimits:
    """What a DOCX archive may hold.

    :param members: at most this many members.
    :param total_size: at most this many bytes, all members inflated.
    :param document_size: at most this many bytes of ``word/document.xml``, inflated.
    :param ratio: at most this inflated-to-compressed ratio, for any member
        over ``ratio_floor`` bytes inflated (small members may compress better).
    :param ratio_floor: see ``ratio``.
    :param file_size: at most this many bytes of a file that cannot seek (read
        into memory, as a zip's directory is at its end).
    """

    members: int = 10_000
    total_size: int = 512 << 20
    document_size: int = 256 << 20
    ratio: float = 100.0
    ratio_floor: int = 1 << 20
    file_size: int = 256 << 20


LIMITS = ZipLimits()
"""The bounds :func:`open_document` applies unless told otherwise."""


def _too_large(message: str) -> newscore.ParseError:
    return newscore.ParseError(message, code="nexis-docx.too-large")


class _Counted(io.RawIOBase):
    """A member's stream that refuses to give more than ``limit`` bytes."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size >= 0 else 1 << 16)
        self._count += len(data)
        if self._count > self._limit:
            raise _too_large(f"{DOCUMENT} inflates to more than {self._limit} bytes")
        return data

    def close(self) -> None:
        self._stream.close()
        super().close()


def _check(archive: zipfile.ZipFile, limits: ZipLimits) -> zipfile.ZipInfo:
    members = archive.infolist()
    if len(members) > limits.members:
        raise _too_large(f"the archive holds {len(members)} members (at most {limits.members})")
    total = sum(member.file_size for member in members)
    if total > limits.total_size:
        raise _too_large(f"the archive inflates to {total} bytes (at most {limits.total_size})")
    for member in members:
        size = member.file_size
        if size > limits.ratio_floor and size > limits.ratio * max(member.compress_size, 1):
            raise _too_large(
                f"member {member.filename!r} inflates {size // max(member.compress_size, 1)}"
                f" times (at most {limits.ratio:g})"
            )
    try:
        document = archive.getinfo(DOCUMENT)
    except KeyError:
        raise newscore.ParseError(
            f"not a DOCX file: no {DOCUMENT}", code="nexis-docx.not-docx"
        ) from None
    if document.file_size > limits.document_size:
        raise _too_large(
            f"{DOCUMENT} inflates to {document.file_size} bytes (at most {limits.document_size})"
        )
    return document


def open_document(
    binary: BinaryIO, limits: ZipLimits = ZipLimits()
) -> tuple[zipfile.ZipFile, BinaryIO]:
    """Open ``word/document.xml`` of a DOCX file within ``limits``.

    :returns: the archive (to close) and the document's stream, which refuses
        to inflate past ``limits.document_size``.
    :raises newscore.ParseError: ``nexis-docx.not-docx`` or ``nexis-docx.too-large``.
    """
    source = binary
    if not binary.seekable():
        data = binary.read(limits.file_size + 1)
        if len(data) > limits.file_size:
            raise _too_large(f"a file that cannot seek is over {limits.file_size} bytes")
        source = io.BytesIO(data)
    try:
        archive = zipfile.ZipFile(source)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        ValueError,
        EOFError,
    ) as error:
        raise newscore.ParseError(f"not a DOCX file: {error}", code="nexis-docx.not-docx") from None
    try:
        document = _check(archive, limits)
        stream = archive.open(document)
    except newscore.ParseError:
        archive.close()
        raise
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as error:
        archive.close()
        raise newscore.ParseError(
            f"{DOCUMENT} cannot be read: {error}", code="nexis-docx.corrupt"
        ) from None
    counted = _Counted(stream, limits.document_size)  # type: ignore[arg-type]
    return archive, counted  # type: ignore[return-value]
