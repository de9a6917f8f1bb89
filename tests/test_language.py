"""Language detection: the alphabet, then the commonest words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said the talks would resume on Monday.", "en"),
        ("Das sei nicht der richtige Weg, sagte die Ministerin am Montag.", "de"),
        ("BERLIN (dpa) - Die Bundesregierung will den Wehrdienst reformieren.", "de"),
        ("Le ministre a dit que la situation est grave pour les agriculteurs.", "fr"),
        ("Київський міський голова заявив, що опалення увімкнуть.", "uk"),
        ("Глава Банка России заявила, что ставка останется.", "ru"),
        ("Berlin Paris Madrid", "en"),  # no telling words: English
        ("..", None),
    ],
)
def test_detects(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_only_the_head_decides() -> None:
    english = "The minister said that the plan was good. " * 30
    assert detect_language(english + "Die Ministerin sagte, das sei nicht gut. " * 30) == "en"


@given(st.text(max_size=2000))
def test_any_text_gets_a_known_answer(text: str) -> None:
    assert detect_language(text) in {None, "en", "de", "fr", "uk", "ru"}
