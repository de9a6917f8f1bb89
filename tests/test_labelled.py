"""The labelled format: variants of the layout, round trips, and hostile text."""

from __future__ import annotations

import datetime
import warnings

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newscore
from newscore.builtin.labelled import LABELS, WRITTEN_LABELS
from newscore.testing.clippings import ClippingParts, build_article, clipping_parts, projection
from newscore.testing.contract import check_article
from newscore.toolkit.layout import is_separator


def parse(text: str) -> newscore.Article:
    return newscore.parse(text, format="labelled")


# -- variants real feeds produce ---------------------------------------------------------

SEED_LIKE = (
    " date 2025-08-30 Kyiv said the talks would go on.\n\n"
    "Source: Zelensky on Telegram\n\n"
    "Details: He said more.\n\n"
    "Background: It began earlier.\n"
)


def test_date_marker_with_lead_on_the_same_line() -> None:
    article = parse(SEED_LIKE)
    assert article.date == datetime.date(2025, 8, 30)
    assert article.lead == "Kyiv said the talks would go on."
    assert [s.kind for s in article.sections] == ["lead", "source", "details", "background"]
    assert article.date_span is not None
    assert article.date_span.of(article.raw) == "date 2025-08-30"


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("date 2025-08-30", datetime.date(2025, 8, 30)),
        ("DATE 2025-08-30", datetime.date(2025, 8, 30)),
        ("30 August 2025, 14:05", datetime.date(2025, 8, 30)),
        ("Saturday, 30 August 2025", datetime.date(2025, 8, 30)),
        ("2025-08-30T14:05:00+03:00", datetime.date(2025, 8, 30)),
        ("30.08.2025", datetime.date(2025, 8, 30)),
        ("30 серпня 2025", datetime.date(2025, 8, 30)),
        ("30 августа 2025", datetime.date(2025, 8, 30)),
        ("12 жовтня 2025, 18:40", datetime.date(2025, 10, 12)),
        ("Saturday,\u00a06\u00a0September\u00a02025", datetime.date(2025, 9, 6)),
    ],
)
def test_date_line_forms(date_line: str, expected: datetime.date) -> None:
    article = parse(f"{date_line}\n\nThe lead sentence is here.\n\nSource: Reuters\n")
    assert article.date == expected
    assert article.lead == "The lead sentence is here."
    assert article.title is None


def test_time_of_day_goes_to_meta() -> None:
    article = parse("30 August 2025, 14:05\n\nThe lead.\n\nSource: Reuters\n")
    assert article.meta["time"] == "14:05:00"


def test_headline_before_the_date_becomes_title() -> None:
    article = parse(
        "Drones hit Kyiv overnight\n\n17 November 2025, 09:12\n\nLead text.\n\nSource: X\n"
    )
    assert article.title == "Drones hit Kyiv overnight"
    assert article.date == datetime.date(2025, 11, 17)
    assert article.lead == "Lead text."


def test_headline_with_closing_punctuation_before_a_date_is_still_a_title() -> None:
    article = parse("Is the war over?\ndate 2025-01-02\nLead text.\n\nSource: X\n")
    assert article.title == "Is the war over?"
    assert article.lead == "Lead text."


def test_impossible_date_is_a_problem_and_strict_raises_at_its_place() -> None:
    text = "date 2025-02-30\n\nLead text.\n\nSource: X\n"
    article = parse(text)
    assert article.date is None
    assert [p.code for p in article.problems] == ["labelled.invalid-date"]
    with pytest.raises(newscore.ParseError) as caught:
        newscore.parse(text, format="labelled", strict=True)
    assert (caught.value.line, caught.value.column, caught.value.code) == (
        1,
        6,
        "labelled.invalid-date",
    )


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Source", "source"),
        ("Details", "details"),
        ("Quote", "quote"),
        ("Background", "background"),
        ("Reminder", "reminder"),
        ("For reference", "reference"),
        ("Update", "update"),
        ("Earlier", "background"),
        ("Джерело", "source"),
        ("Деталі", "details"),
        ("Цитата", "quote"),
        ("Пряма мова", "quote"),
        ("Передісторія", "background"),
        ("Нагадаємо", "reminder"),
        ("Довідка", "reference"),
        ("Довідково", "reference"),
        ("Оновлено", "update"),
        ("Источник", "source"),
        ("Детали", "details"),
        ("Прямая речь", "quote"),
        ("Предыстория", "background"),
        ("Напомним", "reminder"),
        ("Справка", "reference"),
        ("Обновлено", "update"),
    ],
)
@pytest.mark.parametrize("style", ["plain", "upper", "bold", "bold-outside", "ownline", "runin"])
def test_every_label_in_every_style(label: str, kind: str, style: str) -> None:
    written = label.upper() if style == "upper" else label
    body = "Text of the section."
    if style == "bold":
        line = f"**{written}:** {body}"
    elif style == "bold-outside":
        line = f"**{written}**: {body}"
    elif style == "ownline":
        line = f"{written}:\n{body}"
    else:
        line = f"{written}: {body}"
    separator = " " if style == "runin" else "\n\n"
    article = parse(f"date 2025-08-30\n\nThe lead sentence.{separator}{line}\n")
    assert [s.kind for s in article.sections] == ["lead", kind]
    section = article.sections[1]
    assert section.label == written
    assert section.text == body
    assert article.lead == "The lead sentence."


def test_repeated_label_gives_two_sections() -> None:
    article = parse("Lead.\n\nQuote: One.\n\nQuote: Two.\n\nMore of two.\n")
    assert [(s.kind, s.text) for s in article.sections] == [
        ("lead", "Lead."),
        ("quote", "One."),
        ("quote", "Two.\n\nMore of two."),
    ]


def test_missing_source_gives_no_sources() -> None:
    article = parse("date 2025-09-10\n\nLead.\n\nDetails:\nMore.\n")
    assert article.sources == ()
    assert [s.kind for s in article.sections] == ["lead", "details"]


def test_empty_label_still_counts_and_is_noted() -> None:
    article = parse("Lead.\n\nSource:\n\nDetails: More.\n")
    assert [(s.kind, s.text) for s in article.sections] == [
        ("lead", "Lead."),
        ("source", ""),
        ("details", "More."),
    ]
    assert [p.code for p in article.problems] == ["labelled.empty-section"]


def test_labels_run_together_in_one_paragraph() -> None:
    text = (
        "У Києві оголошували тривогу. Джерело: alerts.in.ua, Повітряні сили "
        "Деталі: Близько 18:52 у столиці оголосили тривогу."
    )
    article = parse(text)
    assert [s.kind for s in article.sections] == ["lead", "source", "details"]
    assert [s.name for s in article.sources] == ["alerts.in.ua", "Повітряні сили"]
    assert article.sources[0].kind == "website"


@pytest.mark.parametrize(
    "sentence",
    [
        "He gave no details: the talks went on.",
        "Officials did not name the Source: it stayed secret.",
        "She shared the Details: Many were missing.",
    ],
)
def test_label_words_inside_a_sentence_are_not_labels(sentence: str) -> None:
    article = parse(f"date 2025-08-30\n\n{sentence}\n\nSource: Reuters\n")
    assert [s.kind for s in article.sections] == ["lead", "source"]
    assert article.lead == sentence


def test_crlf_nbsp_curly_quotes_guillemets_dashes_and_bom() -> None:
    text = (
        "\ufeffdate 2025-08-30\r\n\r\nМер заявив, що «все\u00a0гаразд» — і “так”.\r\n\r\n"
        "ДЖЕРЕЛО: Кличко в Telegram\r\n\r\nДеталі: Текст\r\nщо триває.\r\n"
    )
    article = parse(text)
    assert article.date == datetime.date(2025, 8, 30)
    assert article.lead == "Мер заявив, що «все\u00a0гаразд» — і “так”."
    assert [s.kind for s in article.sections] == ["lead", "source", "details"]
    assert article.sections[2].text == "Текст\r\nщо триває."
    assert (article.sources[0].name, article.sources[0].kind) == ("Кличко", "telegram")


# -- the Source line -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Putin’s interview with the Chinese state news agency Xinhua",
            [("Xinhua", "interview", None)],
        ),
        ("Rutte in an interview with the German broadcaster ZDF", [("ZDF", "interview", None)]),
        ("Ukrenergo on Telegram", [("Ukrenergo", "telegram", None)]),
        ("Polish Operational Command on X", [("Polish Operational Command", "social media", None)]),
        ("NBU press conference", [("NBU", "press conference", None)]),
        (
            "Reuters; Bloomberg",
            [("Reuters", "news agency", None), ("Bloomberg", "news agency", None)],
        ),
        (
            "Financial Times, citing four informed sources",
            [("Financial Times", "newspaper", ("four informed sources", "anonymous"))],
        ),
        ("Interfax, as Reuters reports", [("Interfax", "news agency", ("Reuters", "news agency"))]),
        ("Statement by the Ministry of Defence", [("Ministry of Defence", "statement", None)]),
        ("Ukrainska Pravda sources", [("Ukrainska Pravda", "website", ("sources", "anonymous"))]),
        (
            "sources in the Office of the President",
            [("sources in the Office of the President", "anonymous", None)],
        ),
        ("Лубінець у Telegram", [("Лубінець", "telegram", None)]),
    ],
)
def test_source_line_readings(
    line: str, expected: list[tuple[str, str, tuple[str, str] | None]]
) -> None:
    article = parse(f"Lead.\n\nSource: {line}\n")
    got = [
        (s.name, s.kind, (s.via.name, s.via.kind) if s.via is not None else None)
        for s in article.sources
    ]
    assert got == expected
    for source in article.sources:
        assert source.span.of(article.raw) == source.description


def test_surname_in_source_line_expands_to_full_name_given_earlier() -> None:
    article = parse(
        "EU foreign policy chief Kaja Kallas said so.\n\nSource: Kallas at a press conference\n"
    )
    source = article.sources[0]
    assert (source.name, source.kind) == ("Kaja Kallas", "press conference")
    assert source.name_span is not None
    assert source.name_span.of(article.raw) == "Kaja Kallas"


# -- writing ------------------------------------------------------------------------------


def test_render_uses_language_labels_and_styles() -> None:
    article = parse(SEED_LIKE)
    assert newscore.render(article, "labelled+uk+upper+bold").count("**ДЖЕРЕЛО:**") == 1
    assert "Источник:\nZelensky" in newscore.render(article, "labelled+ru+ownline")
    assert "\r\n" in newscore.render(article, "labelled+crlf")
    assert newscore.render(article, "labelled+sameline").startswith("date 2025-08-30 Kyiv said")


def test_render_rejects_conflicting_variants() -> None:
    article = parse(SEED_LIKE)
    with pytest.raises(newscore.FormatError, match="one language"):
        newscore.render(article, "labelled+uk+ru")
    with pytest.raises(newscore.FormatError, match="no variant 'klingon'"):
        newscore.render(article, "labelled+klingon")


LANGUAGE = st.sampled_from([None, "en", "uk", "ru"])
LAYOUT = st.sampled_from([None, "ownline", "runin", "sameline"])
DATE_STYLE = st.sampled_from([None, "longdate", "dotdate", "weekday"])


@st.composite
def variants(draw: st.DrawFn) -> tuple[str, ...]:
    chosen = [draw(LANGUAGE), draw(LAYOUT), draw(DATE_STYLE)]
    if chosen[1] == "sameline":
        chosen[2] = None
    chosen += [flag for flag in ("upper", "bold", "crlf") if draw(st.booleans())]
    return tuple(flag for flag in chosen if flag is not None)


@given(parts=clipping_parts(), flags=variants())
def test_render_then_parse_gives_back_what_the_variant_expresses(
    parts: ClippingParts, flags: tuple[str, ...]
) -> None:
    article = build_article(parts)
    text = newscore.render(article, "+".join(("labelled", *flags)))
    back = newscore.parse(text, format="labelled")
    if len(article.sections) > 1:
        assert newscore.detect(text)[0].format == "labelled"
    one_line = "runin" in flags
    assert projection(back, one_line=one_line) == projection(article, one_line=one_line)
    language = next((flag for flag in flags if flag in WRITTEN_LABELS), None)
    for section in back.sections[1:]:
        assert section.label is not None
        assert LABELS[" ".join(section.label.lower().split())] == section.kind
        if language is not None:
            expected = WRITTEN_LABELS[language][section.kind]
            assert section.label == (expected.upper() if "upper" in flags else expected)
    assert not [p for p in back.problems if p.severity != "info"]


FRAGMENTS = st.sampled_from(
    [
        "Source:",
        "SOURCE:",
        "**Details:**",
        "Quote:",
        "Джерело:",
        "Прямая речь:",
        "For reference:",
        "date 2025-08-30",
        "date 2025-02-30",
        "30 August 2025",
        "Saturday, 30 August 2025",
        "30.08.2025",
        "12 жовтня 2025, 18:40",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "\u00a0",
        "\ufeff",
        "\t",
        "word",
        "Word",
        "Kyiv said.",
        "«",
        "»",
        "“",
        "”",
        '"',
        "—",
        "-",
        "---",
        ":",
        "Kallas",
        "citing",
        ";",
        ",",
        "on Telegram",
        "**",
        "the details: x",
        "Headline here",
        "?",
    ]
)
HOSTILE = st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join) | st.text()


@given(HOSTILE)
@example("Source:\ndate 2025-08-30")
@example("Source:\n---\nSource:")
def test_any_text_reads_leniently_with_exact_spans_and_nothing_lost(text: str) -> None:
    # A separator line or a date line can cut the text into several clippings: every
    # one keeps its own text exactly, and together they hold every word but the separators.
    articles = list(newscore.read(text, format="labelled"))
    if not articles:  # nothing but blanks and separators
        check_article(parse(text), text)
        return
    assert articles[0].raw == parse(text).raw
    for one in articles:
        assert one.provenance is not None
        check_article(one, text[one.provenance.offset : one.provenance.offset + len(one.raw)])
    kept = "".join(one.raw for one in articles).split()
    lines = text.replace("\r", "\n").split("\n")
    assert kept == " ".join(line for line in lines if not is_separator(line)).split()


@given(HOSTILE)
def test_strict_mode_raises_only_parse_error(text: str) -> None:
    try:
        article = newscore.parse(text, format="labelled", strict=True)
    except newscore.ParseError as error:
        assert error.line >= 1
        assert error.column >= 1
    else:
        assert all(problem.severity == "info" for problem in article.problems)


@given(HOSTILE)
def test_render_of_parse_is_a_fixed_point_after_one_pass(text: str) -> None:
    once = newscore.render(parse(text), "labelled")
    twice = newscore.render(parse(once), "labelled")
    assert twice == once


@pytest.mark.parametrize(
    "text",
    [
        "Source: " * 20_000,
        "a" * 200_000,
        "**" * 50_000,
        "Source:\n" * 20_000,
        "date " * 40_000,
        "Джерело: Кличко в " * 10_000,
        ", citing " * 20_000,
        "X on " * 30_000,
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    article = parse(text)
    assert article.raw == text


# -- several clippings in one input -----------------------------------------------------------

MANY = (
    "date 2025-08-30 First lead.\n\nSource: Reuters\n\n"
    "Second headline here\n\ndate 2025-08-31\n\nSecond lead.\n\nDetails: More.\n"
    "---\n"
    "Third lead without a date.\n\nSource: AP\n"
)


def test_read_splits_at_date_markers_and_separators() -> None:
    articles = list(newscore.read(MANY, format="labelled"))
    assert [a.lead for a in articles] == [
        "First lead.",
        "Second lead.",
        "Third lead without a date.",
    ]
    assert [a.title for a in articles] == [None, "Second headline here", None]
    assert [a.date for a in articles] == [
        datetime.date(2025, 8, 30),
        datetime.date(2025, 8, 31),
        None,
    ]
    for index, article in enumerate(articles):
        assert article.provenance is not None
        assert article.provenance.index == index
        offset = article.provenance.offset
        assert MANY[offset : offset + len(article.raw)] == article.raw
        line = article.provenance.line
        assert MANY.splitlines(keepends=True)[line - 1] == article.raw.splitlines(keepends=True)[0]


@given(st.lists(clipping_parts(), min_size=1, max_size=5), st.booleans())
def test_rendered_clippings_joined_read_back_one_by_one(
    parts: list[ClippingParts], dashes: bool
) -> None:
    if not dashes:
        # Without separator lines, a clipping starts at a date line after a labelled one.
        parts = [
            attrs.evolve(
                p,
                date=p.date or datetime.date(2025, 1, 1),
                sections=p.sections or (("source", "Reuters agency."),),
            )
            for p in parts
        ]
    articles = [build_article(p) for p in parts]
    texts = [newscore.render(a, "labelled") for a in articles]
    joined = ("---\n" if dashes else "\n").join(texts)
    back = list(newscore.read(joined, format="labelled"))
    assert [projection(b) for b in back] == [projection(a) for a in articles]


def test_german_labels_are_read() -> None:
    text = (
        "date 2025-10-12 Lars Klingbeil hat den Haushalt verteidigt.\n\n"
        "Quelle: Klingbeil im Bundestag\n\n"
        "Details: Klingbeil sagte, der Haushalt sei solide.\n\n"
        "Zitat: „Wir sparen nicht an der Zukunft.“\n\n"
        "Hintergrund: Die Opposition ist dagegen.\n\n"
        "Zur Erinnerung: Der Haushalt wird im Dezember beschlossen.\n"
    )
    article = newscore.parse(text)
    assert article.format == "labelled"
    assert [s.kind for s in article.sections] == [
        "lead",
        "source",
        "details",
        "quote",
        "background",
        "reminder",
    ]
    assert [s.label for s in article.sections[1:]] == [
        "Quelle",
        "Details",
        "Zitat",
        "Hintergrund",
        "Zur Erinnerung",
    ]


@pytest.mark.parametrize("text", ["Source:Source: Source:", "Details: Source: Kyiv said so."])
def test_a_section_that_opens_with_a_label_is_written_to_read_back(text: str) -> None:
    once = newscore.render(parse(text), "labelled")
    assert newscore.render(parse(once), "labelled") == once


@pytest.mark.parametrize(
    ("label", "kind"),
    [("ſource", "source"), ("Detailſ", "details"), ("\u212aey points", "summary")],
)
def test_labels_written_with_letters_that_fold_to_theirs_are_read(label: str, kind: str) -> None:
    """ "ſ" and the Kelvin sign match "s" and "k" when case is ignored: no KeyError in sniff."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = newscore.parse(f"Kyiv said so.\n\n{label}: the text.")
    assert article.format == "labelled"
    assert [section.kind for section in article.sections] == ["lead", kind]
