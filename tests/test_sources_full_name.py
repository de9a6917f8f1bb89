"""The "Given Surname" look-up of the source reader, against the one regex it replaced."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newscore.extract import sources


def _full_name_by_one_search(raw: str, word: str) -> tuple[int, int] | None:
    """The "Given Surname" look-up as one regular expression built for the word."""
    given = r"(?<![\p{L}\p{N}])(?P<given>[\p{Lu}][\p{Ll}\p{M}'’ʼ\-]++[ \u00a0])"
    found = regex.search(given + regex.escape(word) + r"(?![\p{L}\p{N}])", raw)
    if found is None and sources._script(word) == "cyrillic" and len(word) >= 5:
        stem = regex.escape(word[:-2])
        found = regex.search(given + stem + r"\p{Ll}{0,3}+(?![\p{L}\p{N}])", raw)
    if found is None or sources._script(found.group("given")) != sources._script(word):
        return None
    return found.start(), found.end()


_NAME_PIECES = st.sampled_from(
    [
        "Maria ",
        "Мария ",
        "Захарова",
        "Захаровой",
        "Захаровых",
        "Zakharova",
        "O’Neil",
        "Ân ",
        "de ",
        "x",
        " ",
        "\u00a0",
        "-",
        "1",
        "É",
        "é",
        "\u0301",
    ]
)


@settings(max_examples=400)
@given(
    raw=st.lists(_NAME_PIECES, max_size=14).map("".join),
    word=st.sampled_from(["Захаровой", "Zakharova", "O’Neil", "Захарова", "Neil"]),
)
def test_full_name_look_up_agrees_with_one_search(raw: str, word: str) -> None:
    assert sources._full_name(raw, word) == _full_name_by_one_search(raw, word)
