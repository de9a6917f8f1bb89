"""What a dateline gives an article: ``newscore.toolkit`` placing helpers."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.toolkit import (
    agency_source,
    apply_dateline,
    dateline_date,
    dateline_meta,
    match_dateline,
    reference_date,
)


def _article(
    raw: str,
    meta: dict[str, newscore.MetaValue] | None = None,
    date: datetime.date | None = None,
) -> newscore.Article:
    return newscore.Article.from_spans(raw=raw, format="test", meta=meta, date=date)


def test_dateline_meta_has_place_agency_and_day() -> None:
    dateline = match_dateline("KYIV, Aug 30 (Reuters) - Ukraine said.")
    assert dateline is not None
    assert dateline_meta(dateline) == {
        "dateline_places": ("KYIV",),
        "dateline_agency": "Reuters",
        "dateline_month": 8,
        "dateline_day": 30,
    }


def test_dateline_date_resolves_the_year_against_the_reference() -> None:
    dateline = match_dateline("KYIV, Aug 30 (Reuters) - Ukraine said.")
    assert dateline is not None
    assert dateline_date(dateline, newscore.ReadOptions()) is None
    options = newscore.ReadOptions(reference_date=datetime.date(2025, 9, 2))
    assert dateline_date(dateline, options) == datetime.date(2025, 8, 30)


def test_reference_date_falls_back_to_the_context_date() -> None:
    options = newscore.ReadOptions(context={"date": "2024-03-05T10:00"})
    assert reference_date(options) == datetime.date(2024, 3, 5)
    assert reference_date(newscore.ReadOptions(context={"date": "soon"})) is None


def test_agency_source_points_at_the_agency() -> None:
    text = "MOSCOW (AP) - The ministry said."
    dateline = match_dateline(text)
    assert dateline is not None
    source = agency_source(dateline)
    assert source is not None
    assert source.name == "AP"
    assert source.span.of(text) == "AP"


def test_apply_dateline_at_an_offset_keeps_what_the_article_had() -> None:
    raw = "Headline\n\nWASHINGTON, March 3 (Reuters) - Officials said so."
    article = _article(raw, meta={"dateline_places": ("FIELD",)}, date=datetime.date(2020, 1, 1))
    placed, dateline = apply_dateline(article, raw.index("WASHINGTON"), newscore.ReadOptions())
    assert dateline is not None
    assert placed.meta["dateline_places"] == ("FIELD",)  # the article's own field wins
    assert placed.meta["dateline_agency"] == "Reuters"
    assert placed.date == datetime.date(2020, 1, 1)
    assert [source.name for source in placed.sources] == ["Reuters"]
    assert placed.sources[0].span.of(raw) == "Reuters"


def test_apply_dateline_without_one_changes_nothing() -> None:
    article = _article("Officials said so on Monday.")
    placed, dateline = apply_dateline(article, 0, newscore.ReadOptions())
    assert dateline is None
    assert placed == article


@given(st.text(max_size=200), st.integers(min_value=0, max_value=220))
def test_apply_dateline_never_raises_and_spans_stay_inside(text: str, position: int) -> None:
    article = _article(text)
    placed, _ = apply_dateline(article, min(position, len(text)), newscore.ReadOptions())
    for source in placed.sources:
        assert 0 <= source.span.start <= source.span.end <= len(text)
