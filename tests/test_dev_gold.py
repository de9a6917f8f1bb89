"""The annotated dev clippings of the labelled and plain layouts read to their gold records."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

import newscore
from newscore.testing.contract import check_article

DEV = Path(__file__).parent / "data" / "dev"


def _gold_items(*formats: str) -> list[tuple[str, dict[str, Any]]]:
    items = []
    for path in sorted(DEV.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["format"] in formats:
            items.append((path.stem, gold))
    return items


LAYOUT_ITEMS = _gold_items("labelled", "plain", "dateline")


def _read(name: str) -> str:
    with (DEV / f"{name}.txt").open(encoding="utf-8", newline="") as stream:
        return stream.read()


def _same_name(predicted: str, gold: str) -> bool:
    """The dev schema's name rule: one's last token appears in the other."""
    predicted, gold = predicted.lower(), gold.lower()
    return gold.split()[-1] in predicted or predicted.split()[-1] in gold


def test_there_are_items_of_both_layouts() -> None:
    formats = {gold["format"] for _, gold in LAYOUT_ITEMS}
    assert formats == {"labelled", "plain", "dateline"}
    assert len(LAYOUT_ITEMS) >= 10


@pytest.mark.parametrize(("name", "gold"), LAYOUT_ITEMS, ids=[n for n, _ in LAYOUT_ITEMS])
def test_layout_fields_match_gold(name: str, gold: dict[str, Any]) -> None:
    article = newscore.parse(_read(name))
    assert article.format == gold["format"]
    expected_date = datetime.date.fromisoformat(gold["date"]) if gold["date"] else None
    assert article.date == expected_date
    assert article.title == gold["title"]
    assert article.lead is not None
    assert article.lead.startswith(gold["lead"])
    assert [section.kind for section in article.sections] == gold["sections"]
    assert not [p for p in article.problems if p.severity != "info"]


@pytest.mark.parametrize(("name", "gold"), LAYOUT_ITEMS, ids=[n for n, _ in LAYOUT_ITEMS])
def test_detect_picks_the_gold_format(name: str, gold: dict[str, Any]) -> None:
    detections = newscore.detect(_read(name))
    assert detections[0].format == gold["format"]


LABELLED_ITEMS = _gold_items("labelled")


@pytest.mark.parametrize(("name", "gold"), LABELLED_ITEMS, ids=[n for n, _ in LABELLED_ITEMS])
def test_source_line_gives_the_gold_sources(name: str, gold: dict[str, Any]) -> None:
    article = newscore.parse(_read(name))
    has_source_section = article.section("source") is not None
    assert bool(article.sources) == has_source_section
    for source in article.sources:
        assert any(_same_name(source.name, g["name"]) for g in gold["sources"]), source
    if has_source_section:
        first = gold["sources"][0]
        assert _same_name(article.sources[0].name, first["name"])
        assert article.sources[0].kind == first["kind"]


@pytest.mark.parametrize(("name", "gold"), LAYOUT_ITEMS, ids=[n for n, _ in LAYOUT_ITEMS])
def test_every_span_slices_raw_to_its_value(name: str, gold: dict[str, Any]) -> None:
    text = _read(name)
    article = newscore.parse(text)
    check_article(article, text)
    for source in article.sources:
        assert source.name_span is not None
