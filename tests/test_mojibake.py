"""Mojibake (UTF-8 once read as cp1252) is repaired where certain, and recorded."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscore
from newscore._mojibake import repair_available, repaired_lines
from newscore.model import Problem

pytestmark = pytest.mark.skipif(not repair_available(), reason="needs newscore[encodings]")

CLEAN = [
    "François Hollande a dit : « c’est fini ».",
    "Слава Україні, — сказав він.",
    "Der Minister sagte, die Lage sei ernst – „sehr ernst“.",
    "El presidente dijo que «no habrá cambios».",
]


def _as_cp1252(data: bytes) -> str:
    """Decode as cp1252 does, its five unassigned bytes as latin-1 (as browsers do)."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="replace").replace("\ufffd", chr(byte))
        for byte in data
    )


@pytest.mark.parametrize("text", CLEAN)
def test_mojibake_of_real_text_is_repaired_and_recorded(text: str) -> None:
    broken = _as_cp1252(text.encode("utf-8"))
    assert broken != text
    data = f"Headline\n\n{broken}\n".encode()
    (article,) = newscore.read(io.BytesIO(data), extract=False)
    assert text in article.raw
    codes = [problem.code for problem in article.problems]
    assert codes.count("read.mojibake") == 1


@pytest.mark.parametrize("text", CLEAN)
def test_text_that_reads_right_is_left_alone(text: str) -> None:
    problems: list[Problem] = []
    assert list(repaired_lines([text + "\n"], problems)) == [text + "\n"]
    assert problems == []


@given(st.lists(st.text(max_size=80), max_size=5))
def test_lines_are_never_lost_or_joined(lines: list[str]) -> None:
    problems: list[Problem] = []
    out = list(repaired_lines(lines, problems))
    assert len(out) == len(lines)
    assert len(problems) <= 1
    assert all(problem.code == "read.mojibake" for problem in problems)


def test_an_explicit_encoding_still_repairs_only_with_the_problem() -> None:
    data = "Minister: FranÃ§ois said so.\n".encode()
    (article,) = newscore.read(io.BytesIO(data), extract=False, encoding="utf-8")
    assert "François" in article.raw
    assert any(problem.code == "read.mojibake" for problem in article.problems)
