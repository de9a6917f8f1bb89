"""Fields read from corpus items, checked against what the files themselves say."""

from __future__ import annotations

import newscore
from _wire_host import wire_host
from newscore.testing.corpus import shared_path

HOST = wire_host()


def _read(name: str) -> newscore.Article:
    path = shared_path("corpus", "wire", name, anchor=__file__)
    return next(iter(HOST.read(path, extract=False)))


def test_nitf_specimen_fields() -> None:
    article = _read("nitf-fishing.xml")
    meta = article.meta
    assert meta["document_id"] == "iptc.321656141.b"
    assert meta["slug"] == "ongoing-winter-tide-updates"
    assert meta["keywords"] == ("fishing", "lures", "tides")
    assert meta["subject_codes"] == ("17000000", "17004000", "04001002")
    assert meta["subjects"] == ("Weather", "Statistics", "Fishing Industry")
    assert meta["urgency"] == 3
    assert meta["datetime"] == "2002-02-25T14:30:00-05:00"
    assert meta["byline_title"] == "NITF Network News Online"
    assert meta["copyright"] == "International Press Telecommunications Council"
    assert meta["agency"] == "XML Team Solutions, Inc."
    assert meta["dateline_source"] == "field"
    furniture = [section.text for section in article.furniture]
    assert "The tides, captured on film late yesterday." in furniture
    assert "Stewart Klometers contributed to this article." in furniture
    body = "\n\n".join(s.text for s in article.sections if s.kind == "body")
    assert "The Tides are High" in body  # hl2 inside the body is kept in order
    assert "Deer Creek: This area has proven to be a bass-lover's haven." in body
    assert body.endswith("Happy fishing everybody!")


def test_nitf_ntb_language_and_body_heads() -> None:
    article = _read("nitf-ntb.xml")
    assert article.meta["language"] == "nb"
    assert article.meta["dateline_place"] == "Oslo"
    body = "\n\n".join(s.text for s in article.sections if s.kind == "body")
    assert "Påstand" in body
    assert "Én global verdensregjering" in body  # a list item, entity decoded


def test_nitf_text_dateline_gives_source_and_agency() -> None:
    article = _read("ap-nitf.xml")
    assert article.meta["dateline_source"] == "text"
    assert article.meta["dateline_agency"] == "AP"
    assert article.sources[0].name == "AP"
    assert article.meta["byline_title"] == "AP Business Writer"


def test_ninjs_superdesk_fields() -> None:
    article = _read("ninjs2.json")
    meta = article.meta
    assert meta["slug"] == "GLOBAL-OIL"
    assert meta["guid"] == "tag:localhost:2017:7ca07622-3b19-4d61-8daf-18500412d46b"
    assert meta["urgency"] == 3
    assert meta["subjects"] == ("oil and gas - upstream activities",)
    assert meta["subject_codes"] == ("04005004",)
    assert meta["agency"] == "Reuters"
    assert meta["body_field"] == "body_html"
    assert meta["dateline_source"] == "field"


def test_ninjs_text_dateline_wins_over_a_misspelt_located() -> None:
    article = _read("ninjsExMediumText1.json")
    assert article.meta["dateline_location"] == "Grossetto, Italy"
    assert article.meta["dateline_places"] == ("GROSSETO",)
    assert article.meta["dateline_country"] == "Italy"
    assert article.meta["persons"] == ("Francesco Schettino",)


def test_ap_media_item_fields() -> None:
    article = _read("ap_media_text_item.json")
    assert article.meta["api_version"]
    assert article.meta["agency"] == "AP"
    assert article.meta["slug"] == "BC-BBN--Top Ten"
    assert not [s for s in article.sections if s.kind == "body"]
