"""The tutorial runs as written, and its figures draw what the statements table counts.

Every ``python`` block of ``docs/tutorial.md`` runs, in order, in one
namespace; a ``text`` block right after one is the output it must print.
Every ``newscore`` command of its ``console`` blocks runs through the real
entry point, in the same order, so the files the blocks write are the files
the next ones read. The working directory is a temporary folder in which
``examples`` and ``tests`` lead to the checkout's, so the tutorial's relative
paths resolve and what it writes is thrown away.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib.util
import io
import itertools
import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
FIGURES = ROOT / "docs" / "figures" / "quoted.py"

_FENCE = re.compile(r"^```(?P<language>\S*)[^\n]*\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)


class Block(NamedTuple):
    """A fenced block of the tutorial: its language, its text and the line it starts on."""

    language: str
    text: str
    line: int


def _blocks(markdown: str) -> list[Block]:
    return [
        Block(
            language=match["language"],
            text=match["body"],
            line=markdown.count("\n", 0, match.start()) + 1,
        )
        for match in _FENCE.finditer(markdown)
    ]


def _commands(console: str) -> Iterator[str]:
    """The commands of a console block, continuation lines joined, without the prompt."""
    joined = re.sub(r"\s*\\\n\s*", " ", console)
    for line in joined.splitlines():
        if line.startswith("$ "):
            yield line[2:].strip()


@pytest.fixture
def tutorial_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("examples", "tests"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run_python(block: Block, namespace: dict[str, object]) -> str:
    output = io.StringIO()
    code = compile(block.text, f"{TUTORIAL.name}:{block.line}", "exec")
    with contextlib.redirect_stdout(output):
        exec(code, namespace)
    return output.getvalue()


def _run_newscore(command: str, where: Block) -> None:
    """Run one ``newscore`` command; a pipe into jq is checked for the fields jq reads."""
    program, _, consumer = command.partition("|")
    argv = shlex.split(program)
    assert argv[0] == "newscore", f"line {where.line}: {command}"
    done = subprocess.run(
        [sys.executable, "-m", "newscore", *argv[1:]],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"line {where.line}: {command}\n{done.stderr}"
    if "-o" in argv:
        written = Path(argv[argv.index("-o") + 1])
        assert written.stat().st_size > 0, f"line {where.line}: {written} is empty"
    if consumer:
        assert shlex.split(consumer)[0] == "jq", f"line {where.line}: {consumer}"
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        assert rows, f"line {where.line}: nothing for jq"
        fields = set(re.findall(r"\.([A-Za-z_]\w*)", consumer))
        assert all(fields <= row.keys() for row in rows), f"line {where.line}: {fields}"


def test_every_block_of_the_tutorial_runs_as_written(tutorial_folder: Path) -> None:
    blocks = _blocks(TUTORIAL.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": "__main__"}
    ran = Counter[str]()
    for index, block in enumerate(blocks):
        if block.language == "python":
            printed = _run_python(block, namespace)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is not None and following.language == "text":
                assert printed == following.text, f"output of the block at line {block.line}"
                ran["checked output"] += 1
            ran["python"] += 1
        elif block.language == "console":
            for command in _commands(block.text):
                if command.startswith("newscore "):
                    _run_newscore(command, block)
                    ran["newscore"] += 1
    assert ran["python"] >= 10
    assert ran["checked output"] >= 2
    assert ran["newscore"] >= 4
    for table in ("articles", "statements", "sources"):
        assert (tutorial_folder / f"{table}.parquet").is_file()


def test_the_blocks_are_found_with_their_lines() -> None:
    markdown = "Intro\n\n```python\nx = 1\n```\n\n```text\n1\n```\n\n```console\n$ a \\\n  b\n```\n"
    blocks = _blocks(markdown)
    assert blocks == [
        Block("python", "x = 1\n", 3),
        Block("text", "1\n", 7),
        Block("console", "$ a \\\n  b\n", 11),
    ]
    assert list(_commands(blocks[2].text)) == ["a b"]


# -- the figures ----------------------------------------------------------------


@pytest.fixture(scope="module")
def figures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tutorial_figures", FIGURES)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def statements(figures: ModuleType) -> pd.DataFrame:
    table: pd.DataFrame = figures.corpus_statements(ROOT)
    return table


def _day(number: float) -> datetime.date:
    day: datetime.datetime = matplotlib.dates.num2date(number)  # type: ignore[no-untyped-call]
    return day.date()


def _ranked_as_drawn(labels: list[str], counts: Counter[str]) -> None:
    """The labels are distinct speakers, by count then name, and none left out has more."""
    assert len(set(labels)) == len(labels)
    shown = [counts[name] for name in labels]
    assert shown == sorted(shown, reverse=True)
    for higher, lower in itertools.pairwise(labels):
        if counts[higher] == counts[lower]:
            assert higher < lower
    left_out = [n for name, n in counts.items() if name not in labels]
    assert all(n <= min(shown) for n in left_out)


def test_the_bars_are_the_speakers_the_statements_table_counts_most(
    figures: ModuleType, statements: pd.DataFrame
) -> None:
    counts = Counter(str(name) for name in statements["speaker"].dropna())
    figure = figures.quoted_most(statements)
    try:
        (axes,) = figure.axes
        bars = [patch for patch in axes.patches if isinstance(patch, Rectangle)]
        labels = [label.get_text() for label in axes.get_yticklabels()]
        positions = list(axes.get_yticks())
        assert len(bars) == len(labels) == min(figures.TOP_SPEAKERS, len(counts))
        by_row = {round(bar.get_y() + bar.get_height() / 2): bar.get_width() for bar in bars}
        widths = [by_row[round(position)] for position in positions]
        assert widths == [counts[name] for name in labels]
        assert labels[0] in {name for name, n in counts.items() if n == max(counts.values())}
        _ranked_as_drawn(labels, counts)
    finally:
        plt.close(figure)


def test_the_dots_are_the_days_each_speaker_was_quoted(
    figures: ModuleType, statements: pd.DataFrame
) -> None:
    dated = statements.dropna(subset=["date", "speaker"])
    counts = Counter(str(name) for name in dated["speaker"])
    figure = figures.quoted_over_time(statements)
    try:
        (axes,) = figure.axes
        labels = [label.get_text() for label in axes.get_yticklabels()]
        assert len(labels) == min(figures.TOP_SPEAKERS, len(counts))
        _ranked_as_drawn(labels, counts)
        dots: dict[str, set[datetime.date]] = {name: set() for name in labels}
        for collection in axes.collections:
            assert isinstance(collection, PathCollection)
            for x, row in np.asarray(collection.get_offsets(), dtype=float).tolist():
                dots[labels[round(row)]].add(_day(x))
        said: dict[str, Counter[datetime.date]] = {name: Counter() for name in labels}
        for note in axes.texts:
            assert isinstance(note, Annotation)
            x, row = note.xy
            said[labels[round(row)]][_day(x)] = int(note.get_text())
        for name in labels:
            days = Counter(day.date() for day in dated.loc[dated["speaker"] == name, "date"])
            assert said[name] == days, name
            assert dots[name] == set(days), name
    finally:
        plt.close(figure)


def test_the_figures_find_the_checkout_from_the_folder_the_docs_build_runs_them_in(
    figures: ModuleType, tmp_path: Path
) -> None:
    assert figures.checkout(ROOT / "docs" / "figures") == ROOT
    with pytest.raises(FileNotFoundError, match="no newscore checkout"):
        figures.checkout(tmp_path)
