# Cyrillic dates and typographic apostrophes are the point of these tests.

from __future__ import annotations

import datetime
import importlib.util
import pathlib
import types
from datetime import date, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore.model import Span
from newscore.toolkit import calendar_names
from newscore.toolkit.dates import (
    MONTHS,
    READ_LOCALES,
    DateMatch,
    date_line,
    format_date,
    match_date,
    search_date,
)

D = date(2025, 8, 30)
T = time(14, 5)
NBSP = "\u00a0"
NNBSP = "\u202f"

# (text, expected date, expected time); the whole text is the date as written.
FULL_CASES: list[tuple[str, date, time | None]] = [
    # ISO
    ("2025-08-30", D, None),
    ("2025-08-30T14:05", D, T),
    ("2025-08-30T14:05:00", D, T),
    ("2025-08-30T14:05:07", D, time(14, 5, 7)),
    ("2025-08-30T14:05:00+03:00", D, time(14, 5, tzinfo=timezone(timedelta(hours=3)))),
    ("2025-08-30T14:05:00-0530", D, time(14, 5, tzinfo=timezone(-timedelta(hours=5, minutes=30)))),
    ("2025-08-30T14:05:00Z", D, time(14, 5, tzinfo=timezone.utc)),
    ("2025-08-30T14:05:00+00:00", D, time(14, 5, tzinfo=timezone.utc)),
    ("2025-08-30T14:05:00\u221203:00", D, time(14, 5, tzinfo=timezone(timedelta(hours=-3)))),
    ("2025-08-30T14:05+03", D, time(14, 5, tzinfo=timezone(timedelta(hours=3)))),
    ("2025-08-30T14:05:00.25Z", D, time(14, 5, 0, 250000, tzinfo=timezone.utc)),
    ("2025-08-30 14:05", D, T),
    ("1900-01-01", date(1900, 1, 1), None),
    ("2099-12-31", date(2099, 12, 31), None),
    # day month year
    ("30 August 2025", D, None),
    ("30 august 2025", D, None),
    ("30 AUGUST 2025", D, None),
    ("30 Aug 2025", D, None),
    ("30 Aug. 2025", D, None),
    ("30 Sept 2025", date(2025, 9, 30), None),
    ("30 Sept. 2025", date(2025, 9, 30), None),
    ("30 Sep 2025", date(2025, 9, 30), None),
    ("1 May 2025", date(2025, 5, 1), None),
    ("01 June 2025", date(2025, 6, 1), None),
    ("30th August 2025", D, None),
    ("30 August, 2025", D, None),
    (f"30{NBSP}August{NBSP}2025", D, None),
    (f"30{NNBSP}August{NNBSP}2025", D, None),
    ("30  August\t2025", D, None),
    ("30 August 2025, 14:05", D, T),
    ("30 August 2025 at 14:05", D, T),
    ("30 August 2025 14:05", D, T),
    ("30 August 2025, 14:05:09", D, time(14, 5, 9)),
    ("30 August 2025 14:05 GMT", D, time(14, 5, tzinfo=timezone.utc)),
    ("Saturday, 30 August 2025", D, None),
    ("Saturday 30 August 2025", D, None),
    ("Sat, 30 Aug 2025", D, None),
    ("Sat., 30 Aug. 2025", D, None),
    ("Sat, 30 Aug 2025 14:05", D, T),
    # month day, year
    ("August 30, 2025", D, None),
    ("August 30 2025", D, None),
    ("Aug. 30, 2025", D, None),
    ("Aug 30, 2025", D, None),
    ("August 30th, 2025", D, None),
    ("Saturday, August 30, 2025", D, None),
    ("August 30, 2025, 14:05", D, T),
    ("August 30, 2025 at 14:05", D, T),
    ("August 30, 2025 10:15 AM", D, time(10, 15)),
    ("August 30, 2025 10:15 am", D, time(10, 15)),
    ("August 30, 2025 10:15 p.m.", D, time(22, 15)),
    ("August 30, 2025 at 10:15 PM", D, time(22, 15)),
    ("August 30, 2025 12:05 a.m.", D, time(0, 5)),
    ("August 30, 2025 12:05 p.m.", D, time(12, 5)),
    ("August 30, 2025, 9 am", D, time(9, 0)),
    ("August 30, 2025 Saturday", D, None),
    ("August 30, 2025 Saturday 10:15 AM GMT", D, time(10, 15, tzinfo=timezone.utc)),
    # dotted
    ("30.08.2025", D, None),
    ("1.8.2025", date(2025, 8, 1), None),
    ("30.08.2025 14:05", D, T),
    ("30.08.2025, 14:05", D, T),
    ("30.08.2025 р.", D, None),
    ("30.08.2025 г., 14:05", D, T),
    # Ukrainian
    ("30 серпня 2025", D, None),
    ("30 СЕРПНЯ 2025", D, None),
    ("30 серпень 2025", D, None),
    ("1 січня 2025", date(2025, 1, 1), None),
    ("2 лютого 2025", date(2025, 2, 2), None),
    ("3 березня 2025", date(2025, 3, 3), None),
    ("4 квітня 2025", date(2025, 4, 4), None),
    ("5 травня 2025", date(2025, 5, 5), None),
    ("6 червня 2025", date(2025, 6, 6), None),
    ("7 липня 2025", date(2025, 7, 7), None),
    ("8 вересня 2025", date(2025, 9, 8), None),
    ("9 жовтня 2025", date(2025, 10, 9), None),
    ("10 листопада 2025", date(2025, 11, 10), None),
    ("11 грудня 2025", date(2025, 12, 11), None),
    ("11 листопад 2025", date(2025, 11, 11), None),
    ("30 серпня 2025 року", D, None),
    ("30 серпня 2025 р.", D, None),
    ("30 серпня 2025р.", D, None),
    ("30 серпня 2025 року, 14:05", D, T),
    ("30 серпня 2025 року о 14:05", D, T),
    ("субота, 30 серпня 2025", D, None),
    ("Субота, 30 серпня 2025 року", D, None),
    ("пʼятниця, 29 серпня 2025", date(2025, 8, 29), None),
    ("п'ятниця, 29 серпня 2025", date(2025, 8, 29), None),
    ("п’ятниця, 29 серпня 2025", date(2025, 8, 29), None),
    ("неділя, 31 серпня 2025", date(2025, 8, 31), None),
    # Russian
    ("30 августа 2025", D, None),
    ("30 август 2025", D, None),
    ("1 мая 2025", date(2025, 5, 1), None),
    ("1 марта 2025", date(2025, 3, 1), None),
    ("1 март 2025", date(2025, 3, 1), None),
    ("31 декабря 2025", date(2025, 12, 31), None),
    ("30 августа 2025 года", D, None),
    ("30 августа 2025 г.", D, None),
    ("30 августа 2025 года, 14:05", D, T),
    ("30 августа 2025 года в 14:05", D, T),
    ("суббота, 30 августа 2025", D, None),
    ("воскресенье, 31 августа 2025 г.", date(2025, 8, 31), None),
]


@pytest.mark.parametrize(("text", "expected", "expected_time"), FULL_CASES)
def test_full_dates_match_whole_text(text: str, expected: date, expected_time: time | None) -> None:
    found = match_date(text)
    assert found is not None
    assert found.date == expected
    assert found.valid
    assert (found.year, found.month, found.day) == (expected.year, expected.month, expected.day)
    assert found.time == expected_time
    if expected_time is not None:
        assert found.time is not None
        assert found.time.tzinfo == expected_time.tzinfo
    assert found.span == Span(start=0, end=len(text))


@pytest.mark.parametrize(("text", "expected", "expected_time"), FULL_CASES)
def test_full_dates_are_found_in_running_text(
    text: str, expected: date, expected_time: time | None
) -> None:
    prefix = "Kyiv (Reuters), "
    raw = f"{prefix}{text}. More text follows."
    found = search_date(raw)
    assert found is not None
    assert found.date == expected
    assert found.time == expected_time
    assert found.span == Span(start=len(prefix), end=len(prefix) + len(text))
    assert found.span.of(raw) == text


@pytest.mark.parametrize(("text", "expected", "expected_time"), FULL_CASES)
def test_full_dates_are_date_lines(text: str, expected: date, expected_time: time | None) -> None:
    raw = f"Title\n {NBSP}{text}.\r\nBody"
    start = raw.index(text) - 2
    end = raw.index("\r\n")
    found = date_line(raw, start, end)
    assert found is not None
    assert found.date == expected
    assert found.time == expected_time
    assert found.span.of(raw) == text


@pytest.mark.parametrize(
    ("text", "month", "day", "written"),
    [
        ("Aug 30", 8, 30, "Aug 30"),
        ("August 30", 8, 30, "August 30"),
        ("30 August", 8, 30, "30 August"),
        ("Aug. 30", 8, 30, "Aug. 30"),
        ("June 17", 6, 17, "June 17"),
        ("17 June", 6, 17, "17 June"),
        ("30 серпня", 8, 30, "30 серпня"),
        ("30 августа", 8, 30, "30 августа"),
        ("Feb 29", 2, 29, "Feb 29"),
        ("WASHINGTON, Aug 30 (Reuters) - Officials said", 8, 30, "Aug 30"),
        ("KYIV, June 17 /Interfax/", 6, 17, "June 17"),
        ("Saturday, August 30", 8, 30, "Saturday, August 30"),
        ("August 30, 1850", 8, 30, "August 30"),
    ],
)
def test_partial_dates(text: str, month: int, day: int, written: str) -> None:
    assert search_date(text) is None
    found = search_date(text, allow_partial=True)
    assert found is not None
    assert (found.year, found.month, found.day) == (None, month, day)
    assert found.date is None
    assert found.valid
    assert found.time is None
    assert found.span.of(text) == written
    start = text.index(written)
    assert match_date(text, start, allow_partial=True) == found
    assert match_date(text, start) is None
    assert date_line(text) is None


def test_partial_dates_check_the_day() -> None:
    found = search_date("Feb 30", allow_partial=True)
    assert found is not None
    assert not found.valid
    assert found.date is None
    found = search_date("April 31", allow_partial=True)
    assert found is not None
    assert not found.valid


def test_full_date_is_preferred_to_partial() -> None:
    found = search_date("August 30, 2025", allow_partial=True)
    assert found is not None
    assert found.date == D
    assert found.span == Span(start=0, end=15)


def test_full_date_found_after_partial_when_partials_are_off() -> None:
    text = "LONDON, Aug 29 - It was reported on 30 August 2025 that"
    found = search_date(text)
    assert found is not None
    assert found.date == D
    partial = search_date(text, allow_partial=True)
    assert partial is not None
    assert (partial.year, partial.day) == (None, 29)


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("2025-02-30", 2025, 2, 30),
        ("2025-02-29", 2025, 2, 29),
        ("2025-04-31", 2025, 4, 31),
        ("31.06.2025", 2025, 6, 31),
        ("30 February 2025", 2025, 2, 30),
        ("February 29, 2023", 2023, 2, 29),
        ("31 вересня 2025", 2025, 9, 31),
        ("1900-02-29", 1900, 2, 29),
    ],
)
def test_invalid_dates_are_matched_but_not_valid(
    text: str, year: int, month: int, day: int
) -> None:
    found = search_date(f"On {text} it rained")
    assert found is not None
    assert not found.valid
    assert found.date is None
    assert (found.year, found.month, found.day) == (year, month, day)
    assert found.span == Span(start=3, end=3 + len(text))
    line = date_line(text)
    assert line is not None
    assert not line.valid


def test_leap_day_is_valid() -> None:
    found = match_date("2024-02-29")
    assert found is not None
    assert found.valid
    assert found.date == date(2024, 2, 29)


def test_invalid_date_keeps_time() -> None:
    found = match_date("2025-02-30T10:00")
    assert found is not None
    assert not found.valid
    assert found.time == time(10, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "Source: 2025 report",
        "30 Augusto 2025",
        "30 Augustine 2025",
        "12030.08.20251",
        "130.08.2025",
        "30.08.20251",
        "1.30.08.2025",
        "30.08.2025.1",
        "2025-08-300",
        "12025-08-30",
        "2025-08-30-1",
        "1-2025-08-30",
        "x2025-08-30",
        "2025-08-30x",
        "2025-08-30T",
        "2025-08-30T25:00",
        "30 August 1899",
        "30 August 2100",
        "30 August 25",
        "32 August 2025",
        "0 August 2025",
        "00.08.2025",
        "30.13.2025",
        "30.00.2025",
        "2025-13-01",
        "2025-00-10",
        "2025-08-32",
        "2025-8-30",
        "30/08/2025",
        "August 2025",
        "Aug 2025",
        "x30 August 2025",
        "30 August 2025x",
        "a30.08.2025",
        "30.08.2025b",
        "Phone: +380 44 230 08 20",
        "Call 044-230-08-20 or 0800 30 2025",
        "+1 (202) 555-0123",
        "tel. 067 30 08 2025",
        "30 серпнях 2025",
        "30 августе 2025",
        "2025",
        "30",
        "August",
    ],
)
def test_non_dates(text: str) -> None:
    assert search_date(text) is None
    assert date_line(text) is None
    assert match_date(text) is None


@pytest.mark.parametrize(
    "text",
    ["Source: 2025 report", "In 2025 August was hot", "30 Augusto", "the 30th", "Maybe 30"],
)
def test_non_dates_even_with_partials(text: str) -> None:
    assert search_date(text, allow_partial=True) is None


@pytest.mark.parametrize(
    ("text", "written", "expected_time"),
    [
        ("30 August 2025 at noon", "30 August 2025", None),
        ("30 August 2025, 1405 people", "30 August 2025", None),
        ("30 August 2025 14:05h", "30 August 2025", None),
        ("30 August 2025 10:15 amendments", "30 August 2025 10:15", time(10, 15)),
        ("30 August 2025 at the summit", "30 August 2025", None),
        ("30 августа 2025 в Москве", "30 августа 2025", None),
        ("30 серпня 2025 року у Києві", "30 серпня 2025 року", None),
        (
            "2025-08-30T14:05:00+03:00 update",
            "2025-08-30T14:05:00+03:00",
            time(14, 5, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("30 August 2025 14:05 PM", "30 August 2025 14:05", T),
        ("30 August 2025, Saturday", "30 August 2025, Saturday", None),
        ("30 August 2025.", "30 August 2025", None),
        ("2025-08-30.", "2025-08-30", None),
        ("30.08.2025.", "30.08.2025", None),
        ("(30 August 2025)", "30 August 2025", None),
        ("«30 серпня 2025»", "30 серпня 2025", None),
    ],
)
def test_extent_of_match(text: str, written: str, expected_time: time | None) -> None:
    found = search_date(text)
    assert found is not None
    assert found.span.of(text) == written
    assert found.time == expected_time


def test_match_date_starts_exactly_at_pos() -> None:
    text = "Date: 30 August 2025"
    assert match_date(text) is None
    found = match_date(text, 6)
    assert found is not None
    assert found.date == D
    assert found.span == Span(start=6, end=20)
    assert match_date(text, 5) is None
    assert match_date(text, 7) is None


def test_match_date_respects_word_before_pos() -> None:
    assert match_date("x30 August 2025", 1) is None
    assert search_date("x30 August 2025", 1) is None


def test_endpos_bounds_the_match() -> None:
    text = "30 August 2025, 14:05"
    found = match_date(text, 0, 14)
    assert found is not None
    assert found.time is None
    assert found.span == Span(start=0, end=14)
    assert match_date(text, 0, 10) is None
    assert search_date(text, 1) is None


def test_search_date_finds_the_first_date() -> None:
    text = "Updated 2025-09-01; first published 30 August 2025"
    found = search_date(text)
    assert found is not None
    assert found.date == date(2025, 9, 1)
    second = search_date(text, found.span.end)
    assert second is not None
    assert second.date == D
    assert second.span.of(text) == "30 August 2025"


def test_weekday_is_included_in_span() -> None:
    text = "Published on Sat, 30 Aug 2025 14:05 by staff"
    found = search_date(text)
    assert found is not None
    assert found.span.of(text) == "Sat, 30 Aug 2025 14:05"


def test_weekday_not_checked_against_date() -> None:
    found = match_date("Monday, 30 August 2025")
    assert found is not None
    assert found.date == D


@pytest.mark.parametrize(
    ("pos", "endpos"),
    [(-5, None), (0, 10_000), (100, None), (5, 2), (-10, -3), (0, 0), (3, 3)],
)
def test_out_of_range_positions_do_not_raise(pos: int, endpos: int | None) -> None:
    text = "30 August 2025"
    for function in (match_date, search_date, date_line):
        result = function(text, pos, endpos)
        assert result is None or result.span.of(text) == text


def test_negative_pos_is_clamped() -> None:
    found = search_date("30 August 2025", -3)
    assert found is not None
    assert found.span == Span(start=0, end=14)


@pytest.mark.parametrize(
    "line",
    [
        "30 August 2025",
        "  30 August 2025  ",
        f"{NBSP}30 August 2025{NBSP}",
        "30 August 2025.",
        "30 August 2025 .",
        "30 серпня 2025 р.",
        "Saturday, 30 August 2025,",
        "30 August 2025\n",
        "30 August 2025\r\n",
        "\t2025-08-30T14:05:00+03:00",
    ],
)
def test_date_lines(line: str) -> None:
    found = date_line(line)
    assert found is not None
    assert found.date == D
    written = found.span.of(line)
    assert written == written.strip()
    assert written.endswith(("2025", "р.", "+03:00"))


@pytest.mark.parametrize(
    "line",
    [
        "Published 30 August 2025",
        "30 August 2025 by Jane Doe",
        "30 August 2025..",
        "30 August 2025 - Reuters",
        "Aug 30",
        "30 August",
        "30 August 2025; 31 August 2025",
        "",
        "   ",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_date_line_looks_only_at_region() -> None:
    text = "x30 August 2025y"
    found = date_line(text, 1, 15)
    assert found is not None
    assert found.span == Span(start=1, end=15)
    assert found.date == D


EXPECTED_FORMATS = [
    ("iso", "en", "2025-08-30"),
    ("iso", "uk", "2025-08-30"),
    ("iso", "ru", "2025-08-30"),
    ("long", "en", "30 August 2025"),
    ("long", "uk", "30 серпня 2025"),
    ("long", "ru", "30 августа 2025"),
    ("dotted", "en", "30.08.2025"),
    ("dotted", "uk", "30.08.2025"),
    ("dotted", "ru", "30.08.2025"),
    ("weekday", "en", "Saturday, 30 August 2025"),
    ("weekday", "uk", "субота, 30 серпня 2025"),
    ("weekday", "ru", "суббота, 30 августа 2025"),
]


@pytest.mark.parametrize(("style", "language", "expected"), EXPECTED_FORMATS)
def test_format_date(style: str, language: str, expected: str) -> None:
    assert format_date(D, style, language) == expected


def test_format_date_defaults() -> None:
    assert format_date(date(2025, 1, 5)) == "2025-01-05"
    assert format_date(date(2025, 1, 5), "long") == "5 January 2025"
    assert format_date(date(2025, 1, 5), "dotted") == "05.01.2025"


def test_format_date_writes_only_the_date_of_a_datetime() -> None:
    value = datetime.datetime(2025, 8, 30, 14, 5)
    assert format_date(value) == "2025-08-30"


@pytest.mark.parametrize(
    ("style", "language"), [("short", "en"), ("ISO", "en"), ("iso", "de"), ("long", ""), ("", "")]
)
def test_format_date_rejects_unknown(style: str, language: str) -> None:
    with pytest.raises(ValueError, match="unknown"):
        format_date(D, style, language)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["iso", "long", "dotted", "weekday"]),
    st.sampled_from(["en", "uk", "ru"]),
)
def test_format_date_round_trip(value: date, style: str, language: str) -> None:
    written = format_date(value, style, language)
    found = date_line(written)
    assert found is not None
    assert found.date == value
    assert found.span == Span(start=0, end=len(written))
    searched = search_date(f"Published: {written}.")
    assert searched is not None
    assert searched.date == value


@given(st.text())
def test_search_date_never_raises(text: str) -> None:
    for allow_partial in (False, True):
        found = search_date(text, allow_partial=allow_partial)
        if found is not None:
            assert 0 <= found.span.start < found.span.end <= len(text)
            assert found.valid == (found.date is not None or found.year is None)
            assert 1 <= found.month <= 12
            assert 1 <= found.day <= 31
    line = date_line(text)
    if line is not None:
        assert 0 <= line.span.start < line.span.end <= len(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "30",
                "31",
                "2025",
                "1900",
                "08",
                ".",
                "-",
                ":",
                ",",
                " ",
                NBSP,
                "T",
                "Z",
                "+03:00",
                "Aug",
                "Aug.",
                "August",
                "серпня",
                "августа",
                "року",
                "р.",
                "года",
                "Saturday",
                "субота",
                "at",
                "о",
                "14:05",
                "10:15",
                "AM",
                "p.m.",
                "GMT",
                "x",
                "\n",
            ]
        ),
        max_size=20,
    ),
    st.integers(-3, 60),
    st.one_of(st.none(), st.integers(-3, 60)),
)
def test_date_like_text_never_raises(parts: list[str], pos: int, endpos: int | None) -> None:
    text = "".join(parts)
    for allow_partial in (False, True):
        found = search_date(text, pos, endpos, allow_partial=allow_partial)
        if found is not None:
            assert found.span.end <= len(text)
            assert found.span.start >= max(pos, 0)
            if endpos is not None:
                assert found.span.end <= max(endpos, 0)
            exact = match_date(text, found.span.start, endpos, allow_partial=allow_partial)
            assert exact == found
            if found.valid and found.year is not None:
                assert found.date == date(found.year, found.month, found.day)
    line = date_line(text, pos, endpos)
    if line is not None:
        assert line.year is not None
        assert line.span.end <= len(text)


PATHOLOGICAL = [
    "1" * 100_000,
    "30 " * 50_000,
    "Aug " * 50_000,
    "2025-" * 30_000,
    "30.08." * 30_000,
    "1." * 100_000,
    "Sat, " * 40_000,
    "30 August " * 20_000,
    "Aug 30 " * 20_000,
    "30 серпня " * 20_000,
    NBSP * 100_000,
    "30" + " " * 100_000 + "August",
    "30 August" + " " * 100_000 + "2025x",
    "2025-08-30T" * 20_000,
    "12:" * 50_000,
    "Aug." * 50_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda text: repr(text[:12]))
def test_pathological_inputs_finish(text: str) -> None:
    # A catastrophically backtracking pattern would hang here.
    assert search_date(text) is None
    assert match_date(text) is None
    assert date_line(text) is None
    partial = search_date(text, allow_partial=True)
    assert partial is None or partial.year is None


@pytest.mark.parametrize("tail", ["", "x", "14", "at", "at 25:00", "2025", ",", ", 10:61"])
def test_long_space_after_date(tail: str) -> None:
    text = "30 August 2025," + " " * 100_000 + tail
    found = search_date(text)
    assert found is not None
    assert found.span == Span(start=0, end=14)
    assert date_line(text) is None or tail == ""


def test_pathological_input_with_date_at_end() -> None:
    text = "30 " * 50_000 + "30 August 2025"
    found = search_date(text)
    assert found is not None
    assert found.date == D
    assert found.span.of(text) == "30 August 2025"
    assert found.span.start == 150_000 - 0


def test_months_mapping() -> None:
    assert MONTHS["august"] == 8
    assert MONTHS["aug"] == 8
    assert MONTHS["sept"] == 9
    assert MONTHS["sep"] == 9
    assert MONTHS["серпня"] == 8
    assert MONTHS["серпень"] == 8
    assert MONTHS["августа"] == 8
    assert MONTHS["август"] == 8
    assert MONTHS["мая"] == 5
    assert MONTHS["травня"] == 5
    assert all(word == word.lower() for word in MONTHS)
    assert set(MONTHS.values()) == set(range(1, 13))
    with pytest.raises(TypeError):
        MONTHS["foo"] = 1  # type: ignore[index]


@pytest.mark.parametrize("word", sorted(MONTHS))
def test_every_month_word_is_recognised(word: str) -> None:
    for text in (f"3 {word} 2025", f"{word} 3, 2025", f"3 {word.upper()} 2025"):
        found = match_date(text)
        assert found is not None, text
        assert found.month == MONTHS[word]
        assert found.date == date(2025, MONTHS[word], 3)


def test_date_match_is_frozen() -> None:
    found = match_date("30 August 2025")
    assert isinstance(found, DateMatch)
    with pytest.raises(AttributeError):
        found.day = 1  # type: ignore[misc]


def test_case_folded_month_letters_do_not_raise() -> None:
    # U+017F LATIN SMALL LETTER LONG S folds to "s" but is not "s" in lower case;
    # the month is read from the pattern's groups, not by looking the word up.
    found = match_date("30 \u017fept 2025")
    if found is not None:
        assert found.month == 9


# ------------------------------------------------------------ CLDR month names


def _calendar_names_tool() -> types.ModuleType:
    path = pathlib.Path(__file__).resolve().parents[1] / "tools" / "calendar_names.py"
    spec = importlib.util.spec_from_file_location("calendar_names_tool", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_month_names_are_what_the_generator_gives() -> None:
    tool = _calendar_names_tool()
    committed = pathlib.Path(calendar_names.__file__).read_text(encoding="utf-8")
    assert committed == tool.render(), "run: python tools/calendar_names.py"


def test_month_names_hold_every_locale_and_form() -> None:
    for locale in ("en", "fr", "de", "es", "it", "nl", "pt", "ru", "uk", "pl", "zh", "ja", "ko"):
        forms = calendar_names.MONTH_NAMES[locale]
        assert set(forms) == {
            "wide/format",
            "wide/stand-alone",
            "abbreviated/format",
            "abbreviated/stand-alone",
        }
        assert all(len(names) == 12 for names in forms.values())
    # Ukrainian and Russian "format" names are the genitive, "stand-alone" the nominative.
    assert calendar_names.MONTH_NAMES["uk"]["wide/format"][7] == "серпня"
    assert calendar_names.MONTH_NAMES["uk"]["wide/stand-alone"][7] == "серпень"
    assert calendar_names.MONTH_NAMES["ru"]["wide/format"][7] == "августа"
    assert calendar_names.MONTH_NAMES["ko"]["abbreviated/format"][7] == "8월"


def test_months_come_from_every_read_locale() -> None:
    for locale in READ_LOCALES:
        for names in calendar_names.MONTH_NAMES[locale].values():
            for number, name in enumerate(names, start=1):
                assert MONTHS[name.lower().rstrip(".")] == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 mars 2011", date(2011, 3, 3)),
        ("12 févr. 2024", date(2024, 2, 12)),
        ("3. März 2025", date(2025, 3, 3)),
        ("30. Dez. 2024", date(2024, 12, 30)),
        ("3 de marzo de 2025", date(2025, 3, 3)),
        ("14 sept 2025", date(2025, 9, 14)),
        ("21 settembre 2023", date(2023, 9, 21)),
        ("3 MAR 2025", date(2025, 3, 3)),
        ("5 maart 2025", date(2025, 3, 5)),
        ("9 de outubro de 2024", date(2024, 10, 9)),
        ("30 sierpnia 2025", date(2025, 8, 30)),
        ("30 авг 2025", date(2025, 8, 30)),
        ("1 сен 2025", date(2025, 9, 1)),
    ],
)
def test_dates_in_more_languages(text: str, expected: date | None) -> None:
    found = match_date(text)
    assert (found.date if found is not None else None) == expected
    if found is not None:
        assert found.span.of(text) == text


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("3 mars", 3, 3), ("3 MAR", 3, 3), ("30 авг", 8, 30), ("3. Mai", 5, 3)],
)
def test_partial_dates_in_more_languages(text: str, month: int, day: int) -> None:
    found = match_date(text, allow_partial=True)
    assert found is not None
    assert (found.month, found.day, found.year) == (month, day, None)


def test_de_joins_only_before_a_space() -> None:
    # "3 dec 2025": the "de" of "dec" is not the Spanish "de".
    found = match_date("3 dec 2025")
    assert found is not None
    assert found.date == date(2025, 12, 3)
    assert match_date("3 de 2025") is None
