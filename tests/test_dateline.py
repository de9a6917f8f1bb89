"""The dateline format: wire copy in the habits of each agency."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore.testing.contract import check_article
from newscore.toolkit.datelines import match_dateline, resolve_year


def parse(text: str, **options: object) -> newscore.Article:
    return newscore.parse(text, format="dateline", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("opening", "places", "agency", "month_day", "year"),
    [
        ("KYIV, Aug 30 (Reuters) - ", ("KYIV",), "Reuters", (8, 30), None),
        ("NEW YORK, March 26 - ", ("NEW YORK",), None, (3, 26), None),
        ("KYIV, Ukraine (AP) — ", ("KYIV",), "AP", None, None),
        ("BUENOS AIRES, Argentina (AP) _ ", ("BUENOS AIRES",), "AP", None, None),
        ("Kyiv (AFP) - ", ("Kyiv",), "AFP", None, None),
        ("STOCKHOLM, Aug 29, 2014 (AFP) - ", ("STOCKHOLM",), "AFP", (8, 29), 2014),
        ("Geneva (dpa) - ", ("Geneva",), "dpa", None, None),
        ("MOSCOW, August 30. /TASS/. ", ("MOSCOW",), "TASS", (8, 30), None),
        ("BEIJING, Aug. 30 (Xinhua) -- ", ("BEIJING",), "Xinhua", (8, 30), None),
        ("KYIV. Aug 30 (Interfax-Ukraine) - ", ("KYIV",), "Interfax-Ukraine", (8, 30), None),
        ("KIEV/DONETSK, Aug 30 (Reuters) – ", ("KIEV", "DONETSK"), "Reuters", (8, 30), None),
        ("NEAR BAKHMUT, Ukraine (AP) — ", ("NEAR BAKHMUT",), "AP", None, None),
    ],
)
def test_agency_habits(
    opening: str,
    places: tuple[str, ...],
    agency: str | None,
    month_day: tuple[int, int] | None,
    year: int | None,
) -> None:
    text = f"{opening}Officials said the talks went on.\n\nMore text.\n"
    article = parse(text)
    assert article.meta["dateline_places"] == places
    assert article.meta.get("dateline_agency") == agency
    if month_day is not None:
        assert (article.meta["dateline_month"], article.meta["dateline_day"]) == month_day
    assert article.lead == "Officials said the talks went on."
    assert [s.kind for s in article.sections] == ["lead", "body"]
    assert (article.date is not None) == (year is not None)
    if agency is not None:
        assert article.sources[0].kind == "news agency"
        assert article.sources[0].span.of(article.raw) == agency
    check_article(article, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "European Union leaders - in a rare show of unity - agreed.",
        "The minister - who spoke briefly - left.",
        "NATO said so.",
    ],
)
def test_ordinary_sentences_are_not_datelines(sentence: str) -> None:
    assert match_dateline(sentence) is None


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (12, 31, datetime.date(2025, 1, 2), datetime.date(2024, 12, 31)),
        (1, 2, datetime.date(2024, 12, 30), datetime.date(2025, 1, 2)),
        (6, 17, datetime.date(2025, 6, 18), datetime.date(2025, 6, 17)),
        (2, 29, datetime.date(2024, 3, 1), datetime.date(2024, 2, 29)),
    ],
)
def test_year_resolution_around_new_year(
    month: int, day: int, reference: datetime.date, expected: datetime.date
) -> None:
    assert resolve_year(month, day, reference) == expected


def test_year_comes_from_reference_date_or_export_context() -> None:
    text = "MOSCOW, December 31. /TASS/. The Kremlin said so.\n"
    assert parse(text).date is None
    assert "dateline.no-year" in [p.code for p in parse(text).problems]
    assert parse(text, reference_date=datetime.date(2026, 1, 1)).date == datetime.date(2025, 12, 31)
    options = newscore.ReadOptions(context={"date": "2026-01-02"})
    from newscore.builtin.dateline import parse as read_dateline

    assert read_dateline(text, options).date == datetime.date(2025, 12, 31)


def test_head_and_trailer_lines_are_furniture_not_body() -> None:
    text = (
        "Gas deal signed\n\nBy Jane Doe and John Roe\n\n"
        "September 3, 2025 4:12 PM GMT+3 Updated 2 hours ago\n\n"
        "KYIV, Sept 3 (Reuters) - Naftogaz has signed a deal, its chief said.\n\n"
        "More detail here.\n\n"
        "(Reporting by Jane Doe; Editing by Max Poe)\n"
    )
    article = parse(text)
    assert article.title == "Gas deal signed"
    assert article.date == datetime.date(2025, 9, 3)
    assert [f.kind for f in article.furniture] == ["byline", "timestamp", "credits"]
    assert article.meta["byline"] == "By Jane Doe and John Roe"
    assert article.meta["credits"] == "(Reporting by Jane Doe; Editing by Max Poe)"
    assert [s.kind for s in article.sections] == ["lead", "body"]
    assert article.sections[1].text == "More detail here."
    check_article(article, text)


def test_page_metadata_line_gives_the_date_and_is_not_a_section() -> None:
    text = (
        "China urges dialogue\n\nSource: Xinhua| 2025-11-05 20:31:15|Editor: huaxia\n\n"
        "BEIJING, Nov. 5 (Xinhua) -- China said so.\n"
    )
    assert newscore.detect(text)[0].format == "dateline"
    article = newscore.parse(text)
    assert article.format == "dateline"
    assert article.date == datetime.date(2025, 11, 5)
    assert [f.kind for f in article.furniture] == ["pagemeta"]
    assert [s.kind for s in article.sections] == ["lead"]


def test_missing_dateline_is_a_warning_and_strict_raises() -> None:
    text = "Just a headline\n\nAnd a paragraph.\n"
    article = parse(text)
    assert [p.code for p in article.problems] == ["dateline.missing"]
    with pytest.raises(newscore.ParseError):
        newscore.parse(text, format="dateline", strict=True)


STYLES = ["reuters", "ap", "afp", "tass", "xinhua"]
PLACES = st.sampled_from([("KYIV",), ("NEW YORK",), ("KIEV", "DONETSK"), ("BRUSSELS",)])
SENTENCES = st.lists(
    st.sampled_from("officials said the talks would go on next week in the capital".split()),
    min_size=3,
    max_size=12,
).map(lambda words: " ".join(words).capitalize() + ".")


@given(
    style=st.sampled_from(STYLES),
    places=PLACES,
    date=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2090, 12, 31)),
    title=st.none() | SENTENCES.map(lambda s: s.rstrip(".")),
    lead=SENTENCES,
    body=st.lists(SENTENCES, max_size=3),
)
def test_render_then_parse_round_trip(
    style: str,
    places: tuple[str, ...],
    date: datetime.date,
    title: str | None,
    lead: str,
    body: list[str],
) -> None:
    text = lead + ("\n\n" + "\n\n".join(body) if body else "")
    article = newscore.Article(
        raw=text,
        format="dateline",
        date=date,
        title=title,
        meta={"dateline_places": places},
        sections=[
            newscore.Section(
                kind="lead",
                label=None,
                text=lead,
                span=newscore.Span(start=0, end=len(lead)),
                text_span=newscore.Span(start=0, end=len(lead)),
            ),
            *(
                [
                    newscore.Section(
                        kind="body",
                        label=None,
                        text=text[len(lead) + 2 :],
                        span=newscore.Span(start=len(lead) + 2, end=len(text)),
                        text_span=newscore.Span(start=len(lead) + 2, end=len(text)),
                    )
                ]
                if body
                else []
            ),
        ],
    )
    written = newscore.render(article, f"dateline+{style}")
    back = newscore.parse(written, reference_date=date)
    assert back.format == "dateline"
    assert back.title == title
    assert back.lead == lead
    assert [s.text for s in back.sections[1:]] == (["\n\n".join(body)] if body else [])
    expected_places = places if style != "afp" else tuple(p.title() for p in places)
    assert back.meta["dateline_places"] == expected_places
    if style not in {"ap", "afp"}:
        assert back.date == date
    check_article(back, written)


@given(
    st.text()
    | st.lists(
        st.sampled_from(
            [
                "KYIV",
                ", ",
                "Aug 30",
                " (Reuters) ",
                "- ",
                "\n\n",
                "By X",
                "/TASS/.",
                "Updated 5 PM, March 3, 2025",
                "x",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_any_text_reads_leniently_and_strict_raises_only_parse_error(text: str) -> None:
    check_article(parse(text), text)
    try:
        newscore.parse(text, format="dateline", strict=True)
    except newscore.ParseError as error:
        assert error.line >= 1


def test_several_stories_split_at_separator_lines() -> None:
    text = "KYIV, Aug 30 (Reuters) - One.\n---\nBRUSSELS (AP) — Two.\n"
    articles = list(newscore.read(text))
    assert [a.lead for a in articles] == ["One.", "Two."]
    assert [a.meta["dateline_agency"] for a in articles] == ["Reuters", "AP"]
