"""How ``newscore`` words its troubles and draws its progress line."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscore._batch import failure_record
from newscore.cli.progress import Progress, progress_text
from newscore.cli.reports import Reporter, error_line, suggest_encoding, undecodable_line

RUSSIAN = "Председатель Банка России заявила, что регулятор допускает снижение ставки."
FRENCH = "Le ministre a déclaré que la réunion s'était bien passée, à Genève."


@pytest.mark.parametrize(
    ("text", "encoding", "suggested"),
    [(RUSSIAN, "cp1251", "cp1251"), (FRENCH, "cp1252", "cp1252"), (FRENCH, "utf-16", "utf-16")],
)
def test_suggest_encoding(text: str, encoding: str, suggested: str) -> None:
    assert suggest_encoding(text.encode(encoding)) == suggested


def test_undecodable_line_counts_lines_across_blocks() -> None:
    blocks = [b"one\ntwo\n", b"thr", b"ee\ncaf\xe9\n"]
    found = undecodable_line(blocks, "utf-8")
    assert found is not None
    assert found[0] == 4
    assert undecodable_line([b"fine\n"], "utf-8") is None
    assert undecodable_line([b"\xff"], "no-such-codec") is None


@given(st.text(min_size=1).filter(lambda t: "\n" not in t))
def test_error_line_never_names_the_origin_twice(origin: str) -> None:
    line = error_line(origin, f"{origin}:3: reason", "x.code")
    assert line == f"newscore: {origin}:3: reason [x.code]"
    assert error_line(origin, "reason", "x.code", line=3, column=4) == (
        f"newscore: {origin}:3:4: reason [x.code]"
    )


def test_reporter_reports_failure_records_once_each() -> None:
    stream = io.StringIO()
    reporter = Reporter(stream)
    reporter.check(failure_record("gone.txt", "read.missing", "no such file or folder"))
    assert stream.getvalue() == "newscore: gone.txt:1: no such file or folder [read.missing]\n"
    assert reporter.failures == 1


def test_progress_text_and_eta() -> None:
    assert progress_text(0, 4, 0, 0.0) == "files 0/4 · articles 0 · 0.0/s"
    assert progress_text(1, 4, 50, 10.0) == "files 1/4 · articles 50 · 5.0/s · ETA 0:00:30"
    assert progress_text(4, 4, 50, 10.0) == "files 4/4 · articles 50 · 5.0/s"


def test_progress_redraws_at_most_ten_times_a_second_and_erases_itself() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(stream, 2, clock=lambda: now[0])
    records = [failure_record(f"{n % 2}.txt", "read.missing", "gone") for n in range(6)]
    passed = []
    for record in progress.watch(records):
        passed.append(record)
        now[0] += 0.04
    assert passed == records
    drawn = stream.getvalue()
    assert drawn.count("\rfiles") == 2  # at 0.0 s and 0.12 s
    assert drawn.endswith("\r")
    assert drawn.rsplit("\r", 2)[-2].strip() == ""
    assert progress.files_done == 2
    assert progress.articles == 6
