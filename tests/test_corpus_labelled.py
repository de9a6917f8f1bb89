"""Real Ukrainian exports whose line breaks were lost read with the labels run together.

The files are third-party and stay in ``../shared/corpus`` (beside the clone in CI).
"""

from __future__ import annotations

import csv

import pytest
import regex

import newscore
from newscore.testing.corpus import shared_path

FILES = ("up_titles_100-20-ukr.csv", "up_titles_15000-20-ukr.csv")
# An independent count: the labels Ukrainska Pravda uses, capitalised, before a colon;
# a quote label may name its speaker ("Дослівно ФСБ РФ:", "Пряма мова окупанта:").
LABEL_IN_TEXT = regex.compile(
    r"(?<!\S)(?:Джерело|Деталі|Цитата|Пряма мова|Передісторія|Нагадаємо|Довідка|Довідково"
    r"|Оновлено|Дослівно|Що передувало|Що цьому передувало|Цьому передувало|Що було раніше"
    r"|Для довідки|Знати більше|(?:Дослівно|Пряма мова)(?: \p{L}++){1,3}+):"
)


def _texts() -> list[str]:
    texts: list[str] = []
    for name in FILES:
        path = shared_path("corpus", "labelled", name, anchor=__file__)
        with path.open(encoding="utf-8", newline="") as stream:
            texts.extend(row["ukr_text"] for row in csv.DictReader(stream))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_corpus_is_there_and_non_trivial(texts: list[str]) -> None:
    assert len(texts) >= 25


def test_every_run_in_label_becomes_a_section(texts: list[str]) -> None:
    expected = found = 0
    for text in texts:
        article = newscore.parse(text, format="labelled")
        expected += len(LABEL_IN_TEXT.findall(text))
        found += sum(1 for section in article.sections if section.label is not None)
    assert found == expected


def test_detection_and_sources(texts: list[str]) -> None:
    with_source_label = [text for text in texts if "Джерело:" in text]
    articles = [newscore.parse(text) for text in with_source_label]
    assert all(article.format == "labelled" for article in articles)
    read = sum(1 for article in articles if article.sources)
    assert read / len(articles) >= 0.9
    for article in articles:
        for source in article.sources:
            assert source.span.of(article.raw) == source.description
