"""Finding a binary input's encoding when the caller gives none (``read(..., encoding=None)``)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscore
from newscore._input import choose_encoding

HOST = newscore.PluginHost(entry_points=False)


def _read(data: bytes) -> newscore.Article:
    (article, *_) = HOST.read(io.BytesIO(data), format="plain")
    return article


def _guesses(article: newscore.Article) -> list[newscore.Problem]:
    return [p for p in article.problems if p.code == "read.encoding-guess"]


def test_a_bom_picks_its_codec_without_a_problem() -> None:
    article = _read("\ufeffcafé au lait\n".encode("utf-16"))
    assert "café au lait" in article.raw
    assert not _guesses(article)


def test_utf8_wins_over_a_wrong_declaration_with_an_info_problem() -> None:
    data = '<meta charset="iso-8859-1">\nFrançois\n'.encode()
    assert choose_encoding(data).encoding == "utf-8"
    (guess,) = _guesses(_read(data))
    assert guess.severity == "info"
    assert "iso8859-1" in guess.message


def test_a_declared_encoding_reads_bytes_that_are_not_utf8() -> None:
    data = "Content-Type: text/plain; charset=iso-8859-2\n\nŁódź\n".encode("iso-8859-2")
    article = _read(data)
    assert "Łódź" in article.raw
    (guess,) = _guesses(article)
    assert guess.severity == "info"


def test_undeclared_latin1_text_round_trips_with_a_warning() -> None:
    text = "Grüße aus Köln, schöne Straße, café.\n"
    article = _read(text.encode("latin-1"))
    assert article.raw == text
    (guess,) = _guesses(article)
    assert guess.severity == "warning"


def test_utf8_head_then_other_bytes_switches_and_says_where() -> None:
    data = b"ascii head " * 7000 + b"\n" + "caf\xe9\n".encode("latin-1")  # past the 64 KiB head
    article = _read(data)
    assert "café" in article.raw
    (guess,) = _guesses(article)
    assert "byte 77004" in guess.message


def test_an_explicit_encoding_is_used_as_given() -> None:
    (article,) = HOST.read(io.BytesIO(b"caf\xe9\n"), format="plain", encoding="utf-8")
    assert "caf\ufffd" in article.raw
    assert [p.code for p in article.problems] == ["read.encoding"]


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300).filter(lambda data: b"\x00" not in data))
def test_any_bytes_read_leniently_and_replacements_are_noted(data: bytes) -> None:
    articles = list(HOST.read(io.BytesIO(data), format="plain"))
    for article in articles:
        if "\ufffd" in article.raw and "\ufffd".encode() not in data:
            assert any(p.code.startswith("read.encoding") for p in article.problems)


def test_a_guess_that_puts_another_script_inside_a_latin_word_is_refused() -> None:
    choice = choose_encoding(b"first\ncaf\xe9 au lait\n")
    assert choice.encoding in {"cp1252", "cp1250", "iso8859-1", "iso8859-15"}
    assert b"caf\xe9".decode(choice.encoding) == "café"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Привет, как дела? Всё хорошо, спасибо.", "cp1251"), ("Καλημέρα, τι κάνεις;", "cp1253")],
)
def test_a_single_script_text_keeps_its_detected_encoding(text: str, encoding: str) -> None:
    choice = choose_encoding((text * 3).encode(encoding))
    assert (text * 3).encode(encoding).decode(choice.encoding) == text * 3
