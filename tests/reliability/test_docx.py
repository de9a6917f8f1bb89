"""A damaged Nexis DOCX keeps both promises: damaged XML inside, or damaged ZIP bytes.

The shared ``nexis/sample.DOCX`` is rebuilt in memory with its
``word/document.xml`` mutated (:func:`newscore.testing.mutations.mutated`), or
its bytes are cut or overwritten; it is then read from bytes with the DOCX
format forced and detected.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article
from newscore.testing.mutations import mutated

DOCUMENT = "word/document.xml"
KINDS = (
    "cut",
    "cut-middle",
    "duplicate-lines",
    "inject-label",
    "nul",
    "character-reference",
    "control",
    "deep-nesting",
)
QUICK = settings(
    max_examples=6,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _rebuilt(original: bytes, document: bytes) -> bytes:
    """Return ``original`` (a DOCX) with its document part replaced by ``document``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = document if info.filename == DOCUMENT else source.read(info)
            target.writestr(info.filename, data)
    return out.getvalue()


def _check(data: bytes, label: str) -> None:
    for fmt in ("nexis-docx", None):
        try:
            for article in newscore.read(io.BytesIO(data), format=fmt, extract=False):
                check_article(article, None)
        except Exception as error:
            raise AssertionError(
                f"lenient format={fmt!r} on {label}: {type(error).__name__}: {error}"
            ) from error
        try:
            list(newscore.read(io.BytesIO(data), format=fmt, strict=True, extract=False))
        except newscore.PluginCrashError as error:
            raise AssertionError(f"strict format={fmt!r} crashed on {label}: {error}") from error
        except newscore.ParseError as error:
            assert error.code, f"strict format={fmt!r} on {label}: no code in {error!r}"
            assert error.line >= 1, f"strict format={fmt!r} on {label}: {error!r}"
            assert error.column >= 1, f"strict format={fmt!r} on {label}: {error!r}"


@QUICK
@given(data=st.data())
def test_damaged_document_part(files: Any, data: Any) -> None:
    original = files.corpus_bytes("nexis/sample.DOCX")
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        xml = archive.read(DOCUMENT).decode("utf-8")
    mutation = data.draw(mutated(xml, kinds=KINDS, max_steps=2), label="mutation")
    document = mutation.text.encode("utf-8", "surrogatepass")
    _check(_rebuilt(original, document), f"sample.DOCX, {DOCUMENT} {mutation}")


@QUICK
@given(data=st.data())
def test_damaged_zip_bytes(files: Any, data: Any) -> None:
    original = bytearray(files.corpus_bytes("nexis/sample.DOCX"))
    how = data.draw(st.sampled_from(["cut", "overwrite"]), label="how")
    at = data.draw(st.integers(min_value=0, max_value=len(original)), label="at")
    if how == "cut":
        damaged = bytes(original[:at])
    else:
        junk = data.draw(st.binary(min_size=1, max_size=64), label="junk")
        original[at : at + len(junk)] = junk
        damaged = bytes(original)
    _check(damaged, f"sample.DOCX bytes, {how} at {at}")
