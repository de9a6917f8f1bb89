"""Datelines in the house styles of French, German, Spanish, Italian, Ukrainian and Russian agencies.

Each example is written in the agency's own style; where the shared corpus holds a
real story of the agency, the dateline is also read from it.
"""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path
from newscore.toolkit import agency_source
from newscore.toolkit.datelines import is_news_agency, match_dateline

STORY = "Le gouvernement a annoncé des mesures.\n\nDeuxième paragraphe.\n"

# (opening, places, agency as written, source name, (month, day) or None, year or None)
HOUSE_STYLES = [
    # AFP in French: day, month name, optional year, then the agency.
    ("PARIS, 3 mars 2011 (AFP) - ", ("PARIS",), "AFP", "AFP", (3, 3), 2011),
    ("PARIS, 3 mars (AFP) - ", ("PARIS",), "AFP", "AFP", (3, 3), None),
    ("BRUXELLES, 12 févr. (AFP) - ", ("BRUXELLES",), "AFP", "AFP", (2, 12), None),
    # dpa: no date; a regional service after a slash.
    ("BERLIN (dpa) - ", ("BERLIN",), "dpa", "dpa", None, None),
    ("Berlin (dpa) - ", ("Berlin",), "dpa", "dpa", None, None),
    ("Hamburg/Berlin (dpa/lni) - ", ("Hamburg", "Berlin"), "dpa/lni", "dpa", None, None),
    # EFE in Spanish: three-letter month, and ".-" after the agency.
    ("MADRID, 3 mar (EFE).- ", ("MADRID",), "EFE", "EFE", (3, 3), None),
    ("Bogotá, 3 mar (EFE).- ", ("Bogotá",), "EFE", "EFE", (3, 3), None),
    ("Ciudad de México, 14 sep (EFE).- ", ("Ciudad",), None, None, None, None),
    # ANSA: capitals month, agency after or before the place.
    ("ROMA, 3 MAR (ANSA) - ", ("ROMA",), "ANSA", "ANSA", (3, 3), None),
    ("(ANSA) - ROMA, 3 MAR - ", ("ROMA",), "ANSA", "ANSA", (3, 3), None),
    ("MILANO, 21 SET (ANSA) - ", ("MILANO",), "ANSA", "ANSA", (9, 21), None),
    # Ukrinform: genitive month, agency between slashes.
    ("КИЇВ, 30 серпня /Укрінформ/. ", ("КИЇВ",), "Укрінформ", "Укрінформ", (8, 30), None),
    ("Київ, 30 серпня 2025 /Укрінформ/. ", ("Київ",), "Укрінформ", "Укрінформ", (8, 30), 2025),
    # Interfax-Ukraine in Ukrainian and English; Interfax in Russian; UNN.
    (
        "КИЇВ. 30 серпня. ІНТЕРФАКС-УКРАЇНА - ",
        ("КИЇВ",),
        "ІНТЕРФАКС-УКРАЇНА",
        "ІНТЕРФАКС-УКРАЇНА",
        (8, 30),
        None,
    ),
    (
        "KYIV. Aug 30 (Interfax-Ukraine) - ",
        ("KYIV",),
        "Interfax-Ukraine",
        "Interfax-Ukraine",
        (8, 30),
        None,
    ),
    (
        "Москва. 27 августа. INTERFAX.RU - ",
        ("Москва",),
        "INTERFAX.RU",
        "INTERFAX.RU",
        (8, 27),
        None,
    ),
    ("КИЇВ. 24 квітня. УНН. ", ("КИЇВ",), "УНН", "УНН", (4, 24), None),
    # RIA Novosti: three-letter month, the agency after the dash.
    ("МОСКВА, 30 авг — РИА Новости. ", ("МОСКВА",), "РИА Новости", "РИА Новости", (8, 30), None),
    ("МОСКВА, 1 сен — РИА Новости. ", ("МОСКВА",), "РИА Новости", "РИА Новости", (9, 1), None),
    # TASS in Russian.
    ("МОСКВА, 30 августа. /ТАСС/. ", ("МОСКВА",), "ТАСС", "ТАСС", (8, 30), None),
    # An agency without a place is still the source.
    ("(ANSA) - ", (), "ANSA", "ANSA", None, None),
    ("/ТАСС/. ", (), "ТАСС", "ТАСС", None, None),
    ("Jan 30 (Reuters) - ", (), "Reuters", "Reuters", (1, 30), None),
]


@pytest.mark.parametrize(
    ("opening", "places", "agency", "source", "month_day", "year"),
    [pytest.param(*case, id=case[0].strip()) for case in HOUSE_STYLES],
)
def test_house_style(
    opening: str,
    places: tuple[str, ...],
    agency: str | None,
    source: str | None,
    month_day: tuple[int, int] | None,
    year: int | None,
) -> None:
    text = opening + STORY
    found = match_dateline(text)
    if agency is None:
        # "Ciudad de México" is a place of several words with a lower-case one:
        # no dateline is read rather than a wrong one.
        assert found is None or found.agency is None
        return
    assert found is not None
    assert found.places == places
    assert found.agency == agency
    assert found.agency_span is not None
    assert found.agency_span.of(text) == agency
    assert found.span == newscore.Span(start=0, end=len(opening))
    assert ((found.month, found.day) if found.month is not None else None) == month_day
    assert found.year == year
    if month_day is not None:
        assert found.date_span is not None
        assert str(month_day[1]) in found.date_span.of(text)
    named = agency_source(found)
    assert named is not None
    assert named.name == source
    assert named.kind == "news agency"
    article = newscore.parse(text, format="dateline")
    assert article.lead == "Le gouvernement a annoncé des mesures."
    assert article.sources[0].name == source
    assert article.meta["dateline_places"] == places
    check_article(article, text)


def test_the_year_of_a_russian_dateline_comes_from_the_reference_date() -> None:
    text = "МОСКВА, 31 дек — РИА Новости. Президент подписал указ.\n"
    article = newscore.parse(text, format="dateline", reference_date=datetime.date(2026, 1, 2))
    assert article.date == datetime.date(2025, 12, 31)
    assert article.date_span is not None
    assert article.date_span.of(text) == "31 дек"


def test_a_full_french_date_is_the_article_date() -> None:
    article = newscore.parse("PARIS, 3 mars 2011 (AFP) - " + STORY, format="dateline")
    assert article.date == datetime.date(2011, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "(Photo) - A man walks past the building.",
        "(2) - the second point.",
        "Kyiv (Ukraine). The city was quiet.",
        "Про це повідомляє УНІАН з посиланням на Генштаб.",
        "/путь/. Это не агентство.",
        "Jan 30 (local time) - nothing here.",
    ],
)
def test_what_is_not_an_agency_dateline(text: str) -> None:
    found = match_dateline(text)
    assert found is None


def test_a_dash_after_the_date_is_not_an_agency_unless_it_is_known() -> None:
    found = match_dateline("NEW YORK, March 26 - IBM Corp. said profits rose.")
    assert found is not None
    assert found.agency is None
    assert found.places == ("NEW YORK",)


@pytest.mark.parametrize(
    ("name", "known"),
    [("ANSA", True), ("dpa/lni", True), ("ТАСС", True), ("РИА Новости", True), ("Photo", False)],
)
def test_known_news_agencies(name: str, known: bool) -> None:
    assert is_news_agency(name) is known


# ------------------------------------------------------------------ real stories


def _xml_text(folder: str, name: str) -> str:
    path = shared_path("corpus", folder, name, anchor=__file__)
    return "".join(ElementTree.parse(path).getroot().itertext())


@pytest.mark.parametrize(
    ("name", "story", "places", "agency", "month_day"),
    [
        # EFE's English service: "Tegucigalpa, Jan 2 (EFE).- Test body."
        ("efe_nitf.xml", "Test body.", ("Tegucigalpa",), "EFE", (1, 2)),
        # ANSA English: "(ANSA) - Rome, October 11 - Italian Foreign Minister ..."
        ("ansa-newsmlg2-text.xml", "Italian Foreign Minister", ("Rome",), "ANSA", (10, 11)),
        # dpa German sport: "London (dpa) - 2019 gab es bittere Tränen ..."
        ("dpa.xml", "2019 gab es bittere", ("London",), "dpa", None),
    ],
)
def test_real_agency_stories(
    name: str,
    story: str,
    places: tuple[str, ...],
    agency: str,
    month_day: tuple[int, int] | None,
) -> None:
    text = _xml_text("wire", name)
    story_start = text.find(story)
    assert story_start > 0
    # The dateline is the paragraph's start, the line or tag before the story's words.
    start = max(text.rfind("\n", 0, story_start), text.rfind(">", 0, story_start)) + 1
    start = len(text) - len(text[start:].lstrip())
    found = match_dateline(text, start)
    assert found is not None
    assert found.places == places
    assert found.agency == agency
    assert ((found.month, found.day) if found.month is not None else None) == month_day
    assert found.span.end == story_start  # the story starts right after the dateline


def test_real_dpa_text_feed() -> None:
    path = shared_path("corpus", "wire", "IPTC7901.txt", anchor=__file__)
    text = path.read_bytes().decode("latin-1")
    start = text.find("Berlin (dpa)")
    assert start >= 0
    found = match_dateline(text, start)
    assert found is not None
    assert (found.places, found.agency) == (("Berlin",), "dpa")
    assert text[found.span.end :].startswith("Negotiations between German conservatives")


# ------------------------------------------------------------------ properties

PIECES = st.sampled_from(
    [
        "КИЇВ",
        "Москва",
        "(ANSA)",
        "(EFE)",
        "/ТАСС/",
        "/Укрінформ/",
        "ІНТЕРФАКС-УКРАЇНА",
        "РИА Новости",
        "30 авг",
        "3 mars 2011",
        "3 MAR",
        "серпня",
        ", ",
        ". ",
        ".-",
        " — ",
        " - ",
        "/",
        " ",
        "\n",
        "x",
    ]
)


@settings(max_examples=150)
@given(st.lists(PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=40))
def test_any_opening_gives_a_dateline_within_the_text_or_none(text: str, pos: int) -> None:
    found = match_dateline(text, pos)
    if found is None:
        return
    assert found.span.start == pos
    assert pos < found.span.end <= len(text)
    if found.agency is not None:
        assert found.agency_span is not None
        assert found.agency_span.of(text).strip() == found.agency
        assert pos <= found.agency_span.start < found.agency_span.end <= found.span.end
    if found.date_span is not None:
        assert pos <= found.date_span.start < found.date_span.end <= found.span.end
