"""Every NITF, ninjs and AP Media API file of the shared corpus reads as expected.json says.

expected.json was written by hand from the files themselves (see the corpus's
SOURCES.md); nothing here is copied from the readers' output.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from _wire_host import wire_host
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

FILES = [
    "aap-sports.xml",
    "aap.xml",
    "ap-nitf.xml",
    "ap_media_text_nitf.xml",
    "efe_nitf.xml",
    "nitf-fishing.xml",
    "nitf-ntb.xml",
    "pa1.xml",
    "pa4.xml",
    "pa5.xml",
    "ninjs2.json",
    "ninjsExMediumText1.json",
    "ninjsExSimpleText1.json",
    "ap_media_text_item.json",
]


def _expected() -> dict[str, Any]:
    path = shared_path("corpus", "wire", "expected.json", anchor=__file__)
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", FILES)
def test_file_reads_as_expected(name: str) -> None:
    expected = _expected()[name]
    path = shared_path("corpus", "wire", name, anchor=__file__)
    host = wire_host()
    assert host.detect(path.read_bytes())[0].format == expected["format"]
    articles = list(host.read(path))
    assert len(articles) == 1
    article = articles[0]
    check_article(article)
    assert article.format == expected["format"]
    assert article.title == expected["headline"]
    assert article.date is not None
    assert article.date.isoformat() == expected["date"]
    place = expected["dateline_place"]
    if place is None:
        assert "dateline_places" not in article.meta
    else:
        places = article.meta["dateline_places"]
        assert isinstance(places, tuple)
        # dateline_places holds the place alone ("GROSSETO"); dateline_place as printed,
        # with the country ("GROSSETO, Italy").
        assert place.lower().startswith(places[0].lower())
        assert str(article.meta["dateline_place"]).lower() == place.lower()
    byline = article.meta.get("byline")
    if expected["byline"] is None:
        assert byline is None
    else:
        assert isinstance(byline, str)
        assert _collapse(byline) == _collapse(expected["byline"])
    body = next((s for s in article.sections if s.kind == "body"), None)
    if expected["body_starts"] is not None:
        assert body is not None
        assert _collapse(body.text).startswith(_collapse(expected["body_starts"]))
    for speaker in article.speakers:
        assert "<" not in speaker.name
        assert ">" not in speaker.name
    assert not [p for p in article.problems if p.severity == "error"]


@pytest.mark.parametrize(
    "name", ["ap-nitf.xml", "pa5.xml", "ninjs2.json", "ninjsExMediumText1.json"]
)
def test_quoted_stories_have_statements(name: str) -> None:
    path = shared_path("corpus", "wire", name, anchor=__file__)
    article = next(iter(wire_host().read(path)))
    assert article.statements
