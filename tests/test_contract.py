"""The built-in formats keep the contract the testing kit checks for plugin authors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pytest

import newscore
from newscore.builtin import labelled, native, plain
from newscore.testing.contract import check_article, check_format

DEV = Path(__file__).parent / "data" / "dev"


def _samples() -> list[str]:
    texts = []
    for path in sorted(DEV.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as stream:
            texts.append(stream.read())
    return texts


def test_labelled_keeps_the_contract_in_every_variant() -> None:
    variants = ("", "uk", "ru+upper", "en+bold+ownline", "runin", "crlf+longdate", "sameline")
    check_format(labelled.LABELLED, _samples(), variants=variants)


def test_plain_keeps_the_contract() -> None:
    check_format(plain.PLAIN, _samples())


def test_native_keeps_the_contract() -> None:
    samples = [newscore.to_json(newscore.parse(text)) for text in _samples()]
    check_format(native.NATIVE, samples, variants=("", "compact"), serialised=True)


def test_check_article_finds_dropped_text() -> None:
    article = newscore.parse("Lead sentence.\n\nSource: Reuters\n", format="labelled")
    check_article(article)
    dropped = attrs.evolve(article, sections=article.sections[:1])
    with pytest.raises(AssertionError, match="dropped"):
        check_article(dropped)


def test_check_article_finds_a_wrong_span() -> None:
    article = newscore.parse("Lead sentence.\n\nSource: Reuters\n", format="labelled")
    section = article.sections[1]
    moved = attrs.evolve(section, text_span=section.text_span.shifted(1))
    broken = attrs.evolve(article, sections=(article.sections[0], moved))
    with pytest.raises(AssertionError, match="section 1 text span"):
        check_article(broken)


def test_check_format_finds_a_format_that_names_itself_wrongly() -> None:
    broken = attrs.evolve(plain.PLAIN, name="other")
    with pytest.raises(AssertionError, match="parse gave format 'plain'"):
        check_format(broken, ["Just text."])


def test_check_format_finds_a_format_that_crashes() -> None:
    def parse(text: str, options: newscore.ReadOptions) -> newscore.Article:
        if "Source" in text:
            raise KeyError("boom")
        return attrs.evolve(plain.parse(text, options), format="broken")

    broken = attrs.evolve(plain.PLAIN, name="broken", parse=parse)
    with pytest.raises(AssertionError, match="crashed: KeyError"):
        check_format(broken, ["Just text."])


def test_check_format_checks_markup_formats_without_asking_raw_to_be_the_input() -> None:
    def read(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
        text = "".join(lines)
        body = text.replace("<p>", "").replace("</p>", "").strip()
        if body:
            span = newscore.Span(start=0, end=len(body))
            yield newscore.Article(
                raw=body,
                format="para",
                sections=[newscore.Section.unlabelled(kind="body", raw=body, span=span)],
            )

    markup = newscore.Format(name="para", summary="paragraphs", sniff=lambda t: 0.2, read=read)
    check_format(markup, ["<p>One paragraph.</p>"])

    def drops(lines: Iterable[str], options: newscore.ReadOptions) -> Iterator[newscore.Article]:
        for article in read(lines, options):
            yield attrs.evolve(article, sections=())

    with pytest.raises(AssertionError, match="dropped"):
        check_format(attrs.evolve(markup, read=drops), ["<p>One paragraph.</p>"])
