"""Large and deep NewsML inputs: reading time grows linearly (each measured in a child process)."""

from __future__ import annotations

import pytest

from newscore.testing.pathological import assert_linear

ITEM = (
    '\'<newsItem guid="g"><itemMeta><firstCreated>2024-01-02T00:00:00Z</firstCreated>'
    "</itemMeta><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML>"
    "<html><body><p>Body.</p></body></html></inlineXML></contentSet></newsItem>'"
)
MESSAGE = (
    "'<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>'"
    f" + {ITEM} * n + '</itemSet></newsMessage>'"
)
PARAGRAPHS = (
    '\'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet><inlineXML>'
    "<html><body>' + '<p>Said &amp;quot;x&amp;quot;.\\n    By Jo Bo</p>' * n"
    " + '</body></html></inlineXML></contentSet></newsItem>'"
)
WORK = "list(newscore.read(io.StringIO(text), format='newsml-g2', extract=False))"


@pytest.mark.slow
@pytest.mark.parametrize("build", [MESSAGE, PARAGRAPHS], ids=["items", "paragraphs"])
def test_reading_time_is_linear(build: str) -> None:
    assert_linear(build, work=WORK, setup="import io, newscore")
