"""Properties over corrupted real Nexis exports: lenient never raises, strict raises ParseError.

The real files stay in ``../shared/corpus/nexis``; each test reads them inside the test.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

HOST = newscore.PluginHost()
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# What a corruption may inject into markup: control characters, character references
# that name no character, a line separator, a byte-order mark, deep nesting.
INJECTIONS = (
    "\x00",
    "&#xD800;",
    "&#0;",
    "&#x1F600;",
    "\u2028",
    "\ufeff",
    "<div>" * 2000,
    "</DIV></DIV>",
    "\r",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>&a;",
)


def _check(articles: list[newscore.Article]) -> None:
    for article in articles:
        check_article(article, None)


def _strict_is_located(source: object) -> None:
    caught: newscore.ParseError | None = None
    try:
        list(HOST.read(source, strict=True))  # type: ignore[arg-type]
    except newscore.ParseError as error:  # the only exception strict mode may raise
        caught = error
    if caught is not None:
        assert caught.code
        assert caught.line >= 1
        assert caught.column >= 1


@pytest.fixture(scope="module")
def html_text() -> str:
    """Return the English Nexis Academic HTML export."""
    path = shared_path("corpus", "nexis", "lexisnexis_test_en.html", anchor=__file__)
    return path.read_bytes().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def docx_parts() -> dict[str, bytes]:
    """Return the members of the Nexis Uni DOCX export."""
    path = shared_path("corpus", "nexis", "sample.DOCX", anchor=__file__)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@SETTINGS
@given(data=st.data())
def test_corrupted_html_export(html_text: str, data: st.DataObject) -> None:
    """A cut and injected HTML export reads leniently and fails strictly only at a place."""
    cut = data.draw(st.integers(min_value=0, max_value=len(html_text)), label="cut")
    where = data.draw(st.integers(min_value=0, max_value=cut), label="where")
    injected = data.draw(st.sampled_from(INJECTIONS), label="injected")
    text = html_text[:where] + injected + html_text[where:cut]
    articles = list(HOST.read(text, format="nexis-html"))
    _check(articles)
    _strict_is_located(text)


def _zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@SETTINGS
@given(data=st.data())
def test_corrupted_docx_document(docx_parts: dict[str, bytes], data: st.DataObject) -> None:
    """A DOCX whose document XML is cut or injected into never crashes."""
    document = docx_parts["word/document.xml"].decode("utf-8")
    where = data.draw(st.integers(min_value=0, max_value=len(document)), label="where")
    injected = data.draw(st.sampled_from(INJECTIONS), label="injected")
    keep = data.draw(st.booleans(), label="keep the tail")
    changed = document[:where] + injected + (document[where:] if keep else "")
    content = _zipped({**docx_parts, "word/document.xml": changed.encode("utf-8", "replace")})
    articles = list(HOST.read(io.BytesIO(content), format="nexis-docx"))
    _check(articles)
    _strict_is_located(io.BytesIO(content))


@SETTINGS
@given(data=st.data())
def test_damaged_docx_bytes(docx_parts: dict[str, bytes], data: st.DataObject) -> None:
    """A truncated or bit-flipped DOCX container never crashes."""
    content = _zipped(docx_parts)
    cut = data.draw(st.integers(min_value=0, max_value=len(content)), label="cut")
    flips = data.draw(
        st.lists(st.integers(min_value=0, max_value=max(0, cut - 1)), max_size=4), label="flips"
    )
    damaged = bytearray(content[:cut])
    for index in flips:
        if index < len(damaged):
            damaged[index] ^= 0xFF
    articles = list(HOST.read(io.BytesIO(bytes(damaged)), format="nexis-docx"))
    _check(articles)
    _strict_is_located(io.BytesIO(bytes(damaged)))


def test_an_intact_docx_article_survives_a_damaged_neighbour(docx_parts: dict[str, bytes]) -> None:
    """Damage in the last article leaves the nine before it as they were."""
    document = docx_parts["word/document.xml"].decode("utf-8")
    whole = [a.title for a in HOST.read(io.BytesIO(_zipped(docx_parts)), format="nexis-docx")]
    assert len(whole) == 10
    # Damage the text of the last article only: the first nine keep their titles.
    last = document.rfind("End of Document", 0, document.rfind("End of Document"))
    damaged = document[: last + 20] + "\x00&#xD800;" + document[last + 20 :]
    content = _zipped({**docx_parts, "word/document.xml": damaged.encode("utf-8")})
    titles = [a.title for a in HOST.read(io.BytesIO(content), format="nexis-docx")]
    assert titles[:9] == whole[:9]
