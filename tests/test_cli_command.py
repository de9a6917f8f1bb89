"""The ``newscore`` command through its real entry point, ``python -m newscore``, in subprocesses.

Pipes, folders, globs, standard input, broken pipes, terminals (through a
pseudo-terminal), every ``--to`` and every ``--table``, and exit codes. The
tests named ``test_regression_*`` are the troubles a new user met (issue 9).
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import pytest

import newscore
from newscore.tables import SCHEMAS
from newscore.testing.corpus import shared_path

REPOSITORY = Path(__file__).resolve().parent.parent
SEED = REPOSITORY / "examples" / "seed-putin-xinhua.txt"
DEV = REPOSITORY / "tests" / "data" / "dev"
RUSSIAN = DEV / "nabiullina-key-rate-ru.txt"
TABLES = ("articles", "statements", "sources", "sections", "speakers")
PYTHON_API_WORDS = ("encoding=", "read()", "Traceback", "DecodeError", "LookupError")
ONE = ("--workers", "1")  # no process pool where parallel reading is not the point


def _run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newscore", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env=env,
        timeout=120,
    )


def _text(data: bytes) -> str:
    return data.decode("utf-8")


def _lines(data: bytes) -> list[str]:
    return _text(data).splitlines()


def _on_terminal(
    args: Sequence[str], *, stream: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Run the command with ``stream`` ("stdout" or "stderr") on a pseudo-terminal.

    :returns: the exit status, what the terminal showed, and what the other
        stream (a file) received.
    """
    controller, terminal = pty.openpty()
    with tempfile.TemporaryFile() as other:
        streams: dict[str, int | IO[bytes]] = {"stdout": other, "stderr": other, stream: terminal}
        process = subprocess.Popen(
            [sys.executable, "-m", "newscore", *args],
            stdin=subprocess.DEVNULL,
            stdout=streams["stdout"],
            stderr=streams["stderr"],
            env=env,
            cwd=REPOSITORY,
        )
        os.close(terminal)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed with the process (EIO on Linux)
                break
            if not chunk:
                break
            shown += chunk
        os.close(controller)
        status = process.wait(timeout=120)
        other.seek(0)
        return status, shown.decode("utf-8").replace("\r\n", "\n"), _text(other.read())


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of clippings in subfolders, with a corrupt file, a binary file and a hidden one."""
    root = tmp_path_factory.mktemp("batch")
    (root / "en").mkdir()
    (root / "ru").mkdir()
    shutil.copy(SEED, root / "en" / "seed.txt")
    shutil.copy(DEV / "kallas-sanctions-shadow-fleet.txt", root / "en" / "kallas.txt")
    shutil.copy(RUSSIAN, root / "ru" / "nabiullina.txt")
    (root / "corrupt.jsonl").write_text('{"schema_version": 3, "raw": }\n', encoding="utf-8")
    (root / "picture.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (root / ".hidden.txt").write_text("not to be read", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def good(batch: Path) -> list[Path]:
    """The clippings of :func:`batch` that read without trouble, in the order they are read."""
    return [batch / "en" / "kallas.txt", batch / "en" / "seed.txt", batch / "ru" / "nabiullina.txt"]


def _origins(records: list[dict[str, object]]) -> list[object]:
    return [record["provenance"]["origin"] for record in records]  # type: ignore[index]


# -- the troubles a new user met ----------------------------------------------------------


def test_regression_several_paths_and_a_folder_are_read(batch: Path, good: list[Path]) -> None:
    two = _run("parse", str(good[1]), str(good[0]), *ONE)
    assert (two.returncode, two.stderr) == (0, b"")
    records = [json.loads(line) for line in _lines(two.stdout)]
    assert _origins(records) == [str(good[1]), str(good[0])]

    folder = _run("parse", str(batch))
    records = [json.loads(line) for line in _lines(folder.stdout)]
    corrupt, picture = batch / "corrupt.jsonl", batch / "picture.bin"
    # Sorted, recursively, the hidden file left out; the corrupt text is kept in an article.
    assert _origins(records) == [str(p) for p in (corrupt, *good[:2], picture, good[2])]
    assert [r["format"] for r in records] == [
        "native",
        "labelled",
        "labelled",
        newscore.UNREAD,
        "labelled",
    ]
    assert folder.returncode == 1
    assert _lines(folder.stderr) == [
        f"newscore: {corrupt}:1: Expecting value [native.invalid-json]",
        f"newscore: {picture}:1: this is binary data (a NUL byte at byte 8),"
        " not text in utf-8, and no installed format reads it [read.binary]",
    ]


def test_regression_a_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    for number in range(40):
        shutil.copy(SEED, tmp_path / f"copy-{number:02}.txt")
    with subprocess.Popen(
        [sys.executable, "-m", "newscore", "parse", str(tmp_path), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()  # as `| head -1` does, then the reader goes away
        process.stdout.close()
        errors = process.stderr.read()
        status = process.wait(timeout=120)
    assert json.loads(first)["format"] == "labelled"
    assert (status, errors) == (0, b"")


def test_regression_a_broken_pipe_in_a_shell_pipeline(tmp_path: Path) -> None:
    for number in range(20):
        shutil.copy(SEED, tmp_path / f"copy-{number:02}.txt")
    command = f"'{sys.executable}' -m newscore parse --to summary '{tmp_path}' | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, check=False, timeout=120
    )
    assert result.stderr == b""
    assert result.returncode == 0
    assert _text(result.stdout).startswith("2025-08-30 · ")


def test_regression_stdin_honours_encoding() -> None:
    text = RUSSIAN.read_text(encoding="utf-8")
    data = text.encode("cp1251")
    decoded = _run("parse", "-", "--encoding", "cp1251", stdin=data)
    assert (decoded.returncode, decoded.stderr) == (0, b"")
    article = newscore.from_json(_text(decoded.stdout))
    assert article.raw == text
    assert article.statements
    assert article.statements[0].speaker.name == "Эльвира Набиуллина"

    found = _run("parse", "-", stdin=data)  # --encoding auto
    assert (found.returncode, found.stderr) == (0, b"")
    guessed = newscore.from_json(_text(found.stdout))
    assert guessed.raw == text
    assert [p.code for p in guessed.problems if p.code.startswith("read.")] == [
        "read.encoding-guess"
    ]

    undecoded = _run("parse", "-", "--to", "summary", "--encoding", "utf-8", stdin=data)
    assert undecoded.returncode == 1
    assert _lines(undecoded.stderr) == [
        "newscore: <stdin>:1: cannot decode as utf-8; try --encoding cp1251 [read.encoding]"
    ]


def test_regression_binary_stdin_is_refused() -> None:
    data = (REPOSITORY / "tests").joinpath("..", "examples", SEED.name).read_bytes()
    binary = b"\x00\x01\x02\x03" + data
    summary = _run("parse", "-", "--to", "summary", stdin=binary)
    assert summary.returncode == 1
    assert summary.stdout == b""
    [line] = _lines(summary.stderr)
    assert line.startswith("newscore: <stdin>:1: this is binary data")
    assert line.endswith("[read.binary]")
    records = _run("parse", "-", stdin=binary)
    assert records.returncode == 1
    assert [json.loads(line)["format"] for line in _lines(records.stdout)] == [newscore.UNREAD]


def test_regression_detect_reads_docx() -> None:
    docx = shared_path("corpus", "nexis", "sample.DOCX", anchor=__file__)
    by_path = _run("detect", str(docx), str(SEED))
    assert (by_path.returncode, by_path.stderr) == (0, b"")
    assert _lines(by_path.stdout) == [f"{docx}\tnexis-docx\t0.99", f"{SEED}\tlabelled\t0.97"]
    by_stdin = _run("detect", "-", stdin=docx.read_bytes())
    assert _lines(by_stdin.stdout) == ["<stdin>\tnexis-docx\t0.99"]
    parsed = _run("parse", str(docx), "--to", "json", "--table", "articles")
    assert parsed.returncode == 0
    rows = json.loads(parsed.stdout)
    assert rows
    assert {row["format"] for row in rows} == {"nexis-docx"}


def test_regression_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    lenient = _run("parse", str(empty))
    assert (lenient.returncode, lenient.stdout, lenient.stderr) == (0, b"", b"")
    assert _run("parse", str(empty), "--to", "json").stdout == b"[]\n"
    strict = _run("parse", str(empty), "--strict")
    assert (strict.returncode, strict.stdout) == (1, b"")
    assert _lines(strict.stderr) == [f"newscore: {empty}: holds no clipping [read.empty]"]
    blank_stdin = _run("parse", "-", "--strict", stdin=b"\n \n")
    assert blank_stdin.returncode == 1
    assert _lines(blank_stdin.stderr) == ["newscore: <stdin>: holds no clipping [read.empty]"]


def test_regression_one_shape_whatever_the_input(good: list[Path]) -> None:
    # One article as several: test_cli.py runs the same outputs over one and three articles.
    as_json = json.loads(_run("parse", str(good[1]), "--to", "json").stdout)
    assert isinstance(as_json, list)
    assert len(as_json) == 1
    lines = _lines(_run("parse", str(good[1]), "--to", "jsonl").stdout)
    assert [json.loads(line) for line in lines] == as_json


def test_regression_messages_speak_of_the_command_line(batch: Path, tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré: «Ça ira.»\n".encode("cp1252"))
    guessed = _run("parse", str(latin))  # --encoding auto reads it, recording the guess
    assert (guessed.returncode, guessed.stderr) == (0, b"")
    assert "«Ça ira.»" in newscore.from_json(_text(guessed.stdout)).raw
    runs = [
        _run("parse", str(latin), "--encoding", "utf-8"),
        _run("parse", str(latin), "--strict", "--encoding", "utf-8"),
        _run("parse", str(tmp_path / "missing.txt")),
        _run("parse", str(latin), "--encoding", "klingon"),
    ]
    assert [run.returncode for run in runs] == [1, 1, 1, 2]
    assert "try --encoding cp1252 [read.encoding]" in _text(runs[0].stderr)
    assert f"{latin}:1:16: cannot decode as utf-8" in _text(runs[1].stderr)
    for run in runs:
        errors = _text(run.stderr)
        assert errors
        assert not [word for word in PYTHON_API_WORDS if word in errors], errors


def test_regression_first_readme_command_shows_who_said_what_on_a_terminal() -> None:
    status, shown, errors = _on_terminal(
        ["parse", "examples/seed-putin-xinhua.txt"], stream="stdout"
    )
    assert (status, errors) == (0, "")
    assert "\x1b[" in shown  # coloured
    plain_status, plain, _ = _on_terminal(
        ["parse", "examples/seed-putin-xinhua.txt"],
        stream="stdout",
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert plain_status == 0
    assert "\x1b[" not in plain
    lines = plain.splitlines()
    assert len(lines) < 20
    assert lines[0].startswith("2025-08-30 · Russian leader Vladimir Putin has announced")
    assert lines[0].endswith(" · labelled · examples/seed-putin-xinhua.txt:1")
    assert lines[1].startswith("  sources: Xinhua (interview); Financial Times (newspaper)")
    assert lines[2].startswith("  Vladimir Putin (Russian leader): announced: his intention")
    assert lines[-1].startswith("  Financial Times: reported: US President Donald Trump")


# -- outputs ------------------------------------------------------------------------------


def test_default_output_when_piped_is_jsonl_and_summary_is_asked_for(good: list[Path]) -> None:
    piped = _run("parse", str(good[1]))
    assert newscore.from_json(_text(piped.stdout)).format == "labelled"
    summary = _run("parse", str(good[1]), "--to", "summary")
    assert "\x1b[" not in _text(summary.stdout)
    coloured = _run("parse", str(good[1]), "--to", "summary", "--color")
    assert "\x1b[" in _text(coloured.stdout)
    assert _lines(summary.stdout)[0] == _lines(coloured.stdout)[0].replace("\x1b[0m", "").replace(
        "\x1b[36m", ""
    ).replace("\x1b[1m", "").replace("\x1b[2m", "")


def test_jsonl_round_trips_to_what_read_gives(good: list[Path]) -> None:
    result = _run("parse", *map(str, good), "--to", "jsonl")
    assert result.returncode == 0
    printed = [newscore.from_json(line) for line in _lines(result.stdout)]
    expected = [article for path in good for article in newscore.read(str(path))]
    assert printed == expected
    assert [a.id for a in printed] == [a.id for a in expected]


def test_tables_through_the_entry_point(good: list[Path]) -> None:
    articles = [a for p in good for a in newscore.read(str(p))]
    as_csv = _run("parse", *map(str, good), "--to", "csv", *ONE)
    assert as_csv.returncode == 0
    rows = list(csv.reader(io.StringIO(_text(as_csv.stdout), newline="")))
    assert rows[0] == [column.name for column in SCHEMAS["statements"]]
    assert len(rows) - 1 == sum(len(a.statements) for a in articles)
    as_jsonl = _run("parse", *map(str, good), "--table", "speakers", *ONE)
    records = [json.loads(line) for line in _lines(as_jsonl.stdout)]
    assert records == [
        json.loads(json.dumps(row)) for row in newscore.to_records(articles, "speakers")
    ]


def test_parquet_to_a_file_and_to_a_pipe(good: list[Path], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "statements.parquet"
    to_file = _run("parse", *map(str, good), "--to", "parquet", "-o", str(target), *ONE)
    assert (to_file.returncode, to_file.stdout) == (0, b"")
    statements = sum(len(a.statements) for p in good for a in newscore.read(str(p)))
    assert pq.read_table(target).num_rows == statements
    piped = _run("parse", str(good[0]), "--to", "parquet", "--table", "speakers")
    assert piped.returncode == 0
    table = pq.read_table(io.BytesIO(piped.stdout))
    assert table.column_names == [column.name for column in SCHEMAS["speakers"]]
    assert table.num_rows == len(next(newscore.read(str(good[0]))).speakers)


def test_parquet_is_never_written_to_a_terminal(good: list[Path]) -> None:
    status, shown, _ = _on_terminal(["parse", str(good[0]), "--to", "parquet"], stream="stdout")
    assert status == 2
    assert "PAR1" not in shown


@pytest.mark.parametrize("to", ["labelled+uk", "dateline+reuters"])
def test_writers(to: str, good: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "written.txt"
    result = _run("parse", str(good[1]), "--to", to, "-o", str(target))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    original = next(newscore.read(str(good[1])))
    written = target.read_text(encoding="utf-8")
    again = newscore.parse(
        written, format=to.split("+", maxsplit=1)[0], reference_date=original.date
    )
    assert again.date == original.date
    assert again.statements[0].speaker == original.statements[0].speaker
    if to == "labelled+uk":
        assert "Джерело:" in target.read_text(encoding="utf-8")


def test_glob_pattern_is_expanded_by_newscore(batch: Path, good: list[Path]) -> None:
    result = _run("parse", str(batch / "**" / "*.txt"), "--to", "json", "--table", "articles", *ONE)
    assert (result.returncode, result.stderr) == (0, b"")
    assert [row["origin"] for row in json.loads(result.stdout)] == [str(p) for p in good]


def test_strict_stops_at_the_first_trouble(batch: Path) -> None:
    result = _run("parse", str(batch), "--strict", "--to", "json", "--table", "articles", *ONE)
    assert result.returncode == 1
    assert _lines(result.stderr) == [
        f"newscore: {batch / 'corrupt.jsonl'}:1:30: Expecting value [native.invalid-json]"
    ]


def test_progress_is_drawn_on_a_terminal_only(good: list[Path]) -> None:
    status, shown, out = _on_terminal(["parse", *map(str, good), "--workers", "1"], stream="stderr")
    assert status == 0
    assert len(out.splitlines()) == len(good)
    assert f"files 0/{len(good)} · articles 1 · " in shown
    assert shown.endswith("\r")  # the line is erased at the end
    piped = _run("parse", *map(str, good), *ONE)
    assert piped.stderr == b""


# -- the other commands -------------------------------------------------------------------


def test_stats(batch: Path, good: list[Path]) -> None:
    result = _run("stats", str(batch), "--json", "--top", "2", *ONE)
    assert result.returncode == 1  # two files could not be read
    data = json.loads(result.stdout)
    read = [a for a in newscore.read_many(batch, workers=1) if a.format != newscore.UNREAD]
    assert data["documents"] == len(read)
    assert list(data["documents_per_file"]) == [str(p) for p in newscore.expand_paths(batch)]
    assert data["failures"] == {str(batch / "picture.bin"): "read.binary"}
    assert data["statements"] == sum(len(a.statements) for a in read)
    assert data["problems"]["native.invalid-json"] == 1
    assert [entry["speaker"] for entry in data["most_quoted"]] == ["Vladimir Putin", "Kaja Kallas"]
    text = _run("stats", *map(str, good), *ONE)
    assert text.returncode == 0
    lines = _lines(text.stdout)
    assert lines[0] == f"{len(good)} documents from {len(good)} files (0 could not be read)"
    assert "most quoted speakers (top 10):" in lines


def test_formats() -> None:
    result = _run("formats")
    assert result.returncode == 0
    names = [line.split()[0] for line in _lines(result.stdout)]
    assert {"labelled", "native", "plain"} <= set(names)
    assert names == sorted(names)


def test_usage_error_exit_status() -> None:
    result = _run("parse", "--frobnicate", str(SEED))
    assert result.returncode == 2
    assert result.stdout == b""
    assert _text(result.stderr).startswith("Usage: newscore parse")
    assert "'--frobnicate'" in _text(result.stderr)
