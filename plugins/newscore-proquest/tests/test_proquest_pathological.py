"""Hostile ProQuest pages: reading time grows linearly (each measured in a child process)."""

from __future__ import annotations

import io

import pytest

import newscore
from newscore.testing.pathological import assert_linear

FORMATTING = "'<html><body>' + '<b><i><u>x' * n"
"""Unclosed formatting tags: html5lib's tree builder took quadratic time on these."""
DOCUMENTS = "'<html><body>' + '<p>Full text: <html><head><body><p>x</p></body></html></p>' * n"
"""Nested documents, whose tags are blanked before parsing."""
WORK = "list(newscore.read(io.StringIO(text), format='proquest', extract=False))"


@pytest.mark.slow
@pytest.mark.parametrize("build", [FORMATTING, DOCUMENTS], ids=["formatting", "documents"])
def test_reading_time_is_linear(build: str) -> None:
    assert_linear(build, work=WORK, setup="import io, newscore")


def test_nested_documents_do_not_hide_the_records_after_them() -> None:
    page = (
        "<html><body>"
        + "".join(
            f'<p><a name="DocID_{n}"></a></p><p>Title {n}</p><p><strong>Full text: </strong>'
            f"<html><head><title></title></head><body><p>Body {n} said.</p></body></html></p>"
            for n in range(3)
        )
        + "</body></html>"
    )
    articles = list(newscore.read(io.StringIO(page), format="proquest"))
    assert [a.title for a in articles] == ["Title 0", "Title 1", "Title 2"]
    assert all(f"Body {n} said." in a.raw for n, a in enumerate(articles))
