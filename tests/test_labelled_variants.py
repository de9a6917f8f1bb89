"""The labelled format: the label variants real digests use.

Labels alone on their line with or without a colon, quote labels that name their
speaker, other outlets' label sets, and the Ukrainska Pravda cells whose labels run
into one paragraph. Sentences that merely open with a label word stay text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore.builtin.labelled import LABELS, LABELS_BY_LANGUAGE, WRITTEN_LABELS
from newscore.testing.contract import check_article
from newscore.testing.corpus import shared_path

DOC = Path(__file__).resolve().parents[1] / "docs" / "formats" / "labelled.md"
LEAD = "date 2025-08-30 Kyiv said the talks would go on.\n\n"


def parse(text: str) -> newscore.Article:
    return newscore.parse(text, format="labelled", extract=False)


def labelled(article: newscore.Article) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.label, s.text) for s in article.sections if s.kind != "lead"]


# -- labels alone on their line ----------------------------------------------------------

OWN_LINE = [
    ("Details", "details"),
    ("Reminder", "reminder"),
    ("Update", "update"),
    ("Context", "background"),
    ("Why it matters", "significance"),
    ("Джерело", "source"),
    ("Деталі", "details"),
    ("Пряма мова", "quote"),
    ("Що відомо", "details"),
    ("Источник", "source"),
    ("Детали", "details"),
    ("Что это значит", "significance"),
]


@pytest.mark.parametrize("colon", ["", ":"])
@pytest.mark.parametrize(("label", "kind"), OWN_LINE)
def test_a_label_alone_on_its_line_with_or_without_colon(label: str, kind: str, colon: str) -> None:
    text = f"{LEAD}{label}{colon}\nThe section's text\non two lines.\n"
    article = parse(text)
    assert labelled(article) == [(kind, label, "The section's text\non two lines.")]
    check_article(article)


def test_a_clipping_of_own_line_labels_is_detected_not_plain() -> None:
    text = "Kyiv said the talks would go on.\n\nDetails\nMore was said.\n\nUpdate\nLater.\n"
    article = newscore.parse(text, extract=False)
    assert article.format == "labelled"
    assert [s.kind for s in article.sections] == ["lead", "details", "update"]


def test_a_label_without_colon_needs_text_after_it() -> None:
    article = parse(f"{LEAD}Update\n")
    assert labelled(article) == []
    assert article.lead is not None


@pytest.mark.parametrize(
    "line", ["**Details**", "**Details:**", "**Details**:", "__Деталі__", "DETAILS", "details"]
)
def test_own_line_label_in_bold_or_any_case(line: str) -> None:
    article = parse(f"{LEAD}{line}\nText.\n")
    assert [(kind, text) for kind, _, text in labelled(article)] == [("details", "Text.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Details of the deal were not disclosed.",
        "Update the app before Monday.",
        "Контекст цієї заяви зрозумілий.",
        "Source code: the repository is public.",
        "Context matters here.",
        "Деталі угоди не розголошують.",
        "Quote marks were added.",
        "Update",
    ],
)
def test_a_sentence_that_opens_with_a_label_word_is_not_a_label(sentence: str) -> None:
    article = parse(f"{LEAD}{sentence}\n")
    assert labelled(article) == []


# -- quote labels that name the speaker --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "name", "named"),
    [
        (
            "date 2025-08-30 Kyiv was hit again.\n\nQuote from Mahuchikh: "
            '"We will rebuild every house."\n',
            "Quote from Mahuchikh",
            "Mahuchikh",
            "Mahuchikh",
        ),
        (
            "date 2025-08-30 Речник Повітряних сил Юрій Ігнат розповів про атаку.\n\n"
            'Пряма мова Ігната: "Ми збили всі ракети над Києвом."\n',
            "Пряма мова Ігната",
            "Юрій Ігнат",
            "Ігната",
        ),
        (
            "date 2025-08-30 Росія знову погрожує.\n\n"
            'Цитата Зеленського: "Ми відповімо на цю атаку."\n',
            "Цитата Зеленського",
            None,
            "Зеленського",
        ),
        (
            "date 2025-08-30 Россия снова угрожает.\n\n"
            'Прямая речь Пескова: "Мы не комментируем эти сообщения."\n',
            "Прямая речь Пескова",
            None,
            "Пескова",
        ),
        (
            "date 2025-08-30 Росія знову погрожує.\n\nДослівно ФСБ РФ: "
            '"Затримано групу диверсантів у Брянській області."\n',
            "Дослівно ФСБ РФ",
            "ФСБ РФ",
            "ФСБ РФ",
        ),
    ],
)
def test_the_speaker_a_quote_label_names_makes_the_statement(
    text: str, label: str, name: str | None, named: str
) -> None:
    article = newscore.parse(text, format="labelled")
    quote = article.section("quote")
    assert quote is not None
    assert quote.label == label
    from_label = [s for s in article.statements if s.frame == "quote-section"]
    assert len(from_label) == 1
    statement = from_label[0]
    assert statement.speaker_span is not None
    assert statement.speaker_span.of(article.raw) == named
    assert quote.span.start <= statement.speaker_span.start < quote.text_span.start
    if name is not None:
        assert statement.speaker.name == name
    assert statement.content_span is not None
    assert statement.content_span.of(article.raw).startswith('"')


def test_quote_label_speaker_in_upper_case_and_bold() -> None:
    text = 'date 2025-08-30 Kyiv.\n\n**QUOTE from Zelensky:** "We will answer this attack."\n'
    article = newscore.parse(text, format="labelled")
    quote = article.section("quote")
    assert quote is not None
    assert quote.label == "QUOTE from Zelensky"
    assert [s.speaker.name for s in article.statements if s.frame == "quote-section"] == [
        "Zelensky"
    ]


def test_plain_quote_label_still_gives_the_article_speaker() -> None:
    text = (
        "date 2025-08-30 Yurii Ihnat said the attack was repelled.\n\n"
        'Quote: "All the missiles were shot down over Kyiv."\n'
    )
    article = newscore.parse(text, format="labelled")
    speakers = [s.speaker.name for s in article.statements if s.frame == "quote-section"]
    assert speakers == ["Yurii Ihnat"]


def test_writer_keeps_a_speaker_named_label() -> None:
    text = 'date 2025-08-30 Kyiv.\n\nПряма мова Ігната: "Ми збили всі ракети."\n'
    article = parse(text)
    again = parse(newscore.render(article, "labelled"))
    assert labelled(again) == labelled(article)


# -- other outlets' label sets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("What we know", "details"),
        ("Why it matters", "significance"),
        ("Key points", "summary"),
        ("What's next", "outlook"),
        ("What’s next", "outlook"),
        ("The big picture", "significance"),
        ("Контекст", "background"),
        ("Що відомо", "details"),
        ("Що це означає", "significance"),
        ("Что известно", "details"),
        ("Что это значит", "significance"),
    ],
)
def test_explainer_labels_map_to_their_kind(label: str, kind: str) -> None:
    article = parse(f"{LEAD}{label}: The text.\n")
    assert labelled(article) == [(kind, label, "The text.")]


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
@pytest.mark.parametrize("kind", ["significance", "summary", "outlook"])
def test_new_kinds_are_written_and_read_back(kind: str, language: str) -> None:
    label = WRITTEN_LABELS[language][kind]
    article = parse(f"{LEAD}{label}: The text.\n")
    written = newscore.render(article, f"labelled+{language}")
    assert f"{label}: The text." in written
    assert labelled(parse(written)) == [(kind, label, "The text.")]


def _doc_table() -> dict[str, dict[str, set[str]]]:
    """Read the doc's label table: kind -> language -> labels (lower case)."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index("| kind | English | Ukrainian | Russian | German |")
    languages = ("en", "uk", "ru", "de")
    table: dict[str, dict[str, set[str]]] = {}
    for row in text[start:].splitlines()[2:]:
        if not row.startswith("|"):
            break
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        kind = cells[0].strip("`")
        table[kind] = {
            language: {label.strip().lower() for label in cell.split(",") if label.strip()}
            for language, cell in zip(languages, cells[1:], strict=True)
        }
    return table


def test_the_docs_label_table_is_the_codes_table() -> None:
    table = _doc_table()
    for language, labels in LABELS_BY_LANGUAGE.items():
        documented = {
            (label.replace("’", "'"), kind)
            for kind, cells in table.items()
            for label in cells[language]
        }
        assert documented == set(labels.items()), language
    assert set(table) == set(LABELS.values())


# -- properties: labels seen, sentences left alone ---------------------------------------

OWN_LINE_LABELS = sorted(LABELS)


@st.composite
def label_lines(draw: st.DrawFn) -> tuple[str, str]:
    label = draw(st.sampled_from(OWN_LINE_LABELS))
    written = draw(st.sampled_from([label, label.upper(), label.capitalize(), label.title()]))
    colon = draw(st.sampled_from(["", ":", " :"]))
    style = draw(st.sampled_from(["{w}{c}", "**{w}**{c}", "**{w}{c}**", "__{w}__{c}"]))
    return style.format(w=written, c=colon), LABELS[label]


@settings(max_examples=60)
@given(line=label_lines(), body=st.sampled_from(["Text follows.", "Текст далі.", "42 people."]))
def test_property_a_label_on_its_own_line_is_seen(line: tuple[str, str], body: str) -> None:
    written, kind = line
    article = parse(f"{LEAD}{written}\n{body}\n")
    assert [(k, text) for k, _, text in labelled(article)] == [(kind, body)]
    check_article(article)


@settings(max_examples=60)
@given(
    label=st.sampled_from(OWN_LINE_LABELS),
    rest=st.sampled_from(
        ["of the deal were not disclosed.", "the app now.", "цієї заяви зрозумілий.", "is here."]
    ),
    case=st.sampled_from([str.capitalize, str.lower, str.title]),
)
def test_property_a_sentence_opening_with_a_label_word_is_text(
    label: str, rest: str, case: Callable[[str], str]
) -> None:
    sentence = f"{case(label)} {rest}"
    article = parse(f"{LEAD}{sentence}\n")
    assert labelled(article) == []
    assert sentence in (article.lead or "") or any(sentence in s.text for s in article.sections)


# -- Ukrainska Pravda cells, labels run into one paragraph --------------------------------

UP_LABELS = (
    "Джерело",
    "Деталі",
    "Пряма мова",
    "Цитата",
    "Нагадаємо",
    "Передісторія",
    "Що передувало",
    "Що цьому передувало",
    "Цьому передувало",
    "Що було раніше",
    "Для довідки",
    "Знати більше",
    "Оновлено",
)
# "Дослівно ...:" and "Пряма мова ...:": a quote label that names its speaker.
UP_NAMED = re.compile(r"(?<!\S)(?:Дослівно|Пряма мова)(?: [^\s:]+){0,3}:")


def _count_labels(cell: str) -> dict[str, int]:
    """Count each label's occurrences the way a reader sees them, by plain search."""
    counts: dict[str, int] = {}
    for label in UP_LABELS:
        position = cell.find(label + ":")
        while position >= 0:
            if position == 0 or cell[position - 1].isspace():
                counts[label] = counts.get(label, 0) + 1
            position = cell.find(label + ":", position + 1)
    named = [found.group()[:-1] for found in UP_NAMED.finditer(cell)]
    for label in named:
        if label != "Пряма мова":
            counts[label] = counts.get(label, 0) + 1
    return counts


def _cells() -> list[str]:
    cells: list[str] = []
    for name in ("up_titles_100-20-ukr.csv", "up_titles_15000-20-ukr.csv"):
        path = shared_path("corpus", "labelled", name, anchor=__file__)
        with path.open(encoding="utf-8", newline="") as stream:
            cells.extend(row["ukr_text"] for row in csv.DictReader(stream))
    return cells


def test_each_ukrainska_pravda_cell_gives_the_sections_its_labels_say() -> None:
    cells = _cells()
    with_labels = 0
    for cell in cells:
        expected = _count_labels(cell)
        article = newscore.parse(cell, extract=False)
        if not expected:
            continue
        with_labels += 1
        assert article.format == "labelled", cell[:80]
        found: dict[str, int] = {}
        for section in article.sections:
            if section.label is not None:
                found[section.label] = found.get(section.label, 0) + 1
                assert section.kind == "quote" or LABELS[section.label.lower()] == section.kind
        assert found == expected, cell[:80]
        check_article(article)
    assert with_labels >= 26  # 10 of the 10 in the first file, 18 of the 20 in the second
